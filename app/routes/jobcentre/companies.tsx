import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { CompanyTable } from "~/components/company-table";
import { Pagination } from "~/components/pagination";
import { listJobcentreCompanies } from "~/domain/companies/queries.server";
import { COMPANY_STATUSES } from "~/domain/companies/schema";
import { pageParam } from "~/domain/pagination";
import { searchText } from "~/domain/shared/fields";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";
import { SearchFilter, SelectFilter } from "~/components/filter-fields";

export const meta = pageMeta("title.companies");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const search = new URL(args.request.url).searchParams;
  const status = z.enum(COMPANY_STATUSES).optional().catch(undefined).parse(search.get("status") || undefined);
  const q = searchText(search.get("q")) ?? "";
  const page = pageParam.parse(search.get("page"));
  return { filters: { status: status ?? "", q }, result: listJobcentreCompanies(ctx, { page, status, q: q || undefined }) };
}

export default function JobcentreCompanies() {
  const t = useT();
  const { filters, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("companies.title")}</h1>
      <Form method="get" className="filter-form">
        <SearchFilter label={t("companies.search")} defaultValue={filters.q} />
        <SelectFilter
          name="status"
          label={t("field.status")}
          allLabel={t("companies.allStatuses")}
          defaultValue={filters.status}
          options={COMPANY_STATUSES.map((s) => ({ value: s, label: t(`companyStatus.${s}`) }))}
        />
        <div className="button-row">
          <button type="submit" className="button button-secondary">
            {t("form.filter")}
          </button>
        </div>
      </Form>
      <p role="status">{t("companies.count", { count: result.total })}</p>
      {result.total > 0 ? <CompanyTable rows={result.rows} caption={t("companies.title")} /> : null}
      <Pagination {...result} />
    </div>
  );
}
