import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { activeFilterCount, FilterDisclosure, SearchFilter, SelectFilter } from "~/components/filter-fields";
import { FilterButtons } from "~/components/filter-buttons";
import { companyColumns } from "~/components/lists/company-columns";
import { pageMeta } from "~/components/page-meta";
import { COMPANY_STATUSES } from "~/domain/companies/vocabulary";
import { loadList } from "~/http/list.server";
import { jobcentreCompaniesList } from "~/http/lists/companies.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.companies");

export function loader(args: LoaderFunctionArgs) {
  const { filters, result } = loadList(args, jobcentreCompaniesList);
  return { filters: { status: filters.status ?? "", q: filters.q }, result };
}

export default function JobcentreCompanies() {
  const t = useT();
  const { filters, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("companies.title")}</h1>
      <FilterDisclosure active={activeFilterCount(filters)}>
        <Form method="get" className="filter-form">
          <SearchFilter label={t("companies.search")} defaultValue={filters.q} />
          <SelectFilter
            name="status"
            label={t("field.status")}
            allLabel={t("companies.allStatuses")}
            defaultValue={filters.status}
            options={COMPANY_STATUSES.map((s) => ({ value: s, label: t(`companyStatus.${s}`) }))}
          />
          <FilterButtons />
        </Form>
      </FilterDisclosure>
      <DataTable
        caption={t("companies.title")}
        columns={companyColumns}
        rowKey={(c) => c.id}
        countKey="companies.count"
        csvHref="/jobcentre/companies.csv"
        {...result}
      />
    </div>
  );
}
