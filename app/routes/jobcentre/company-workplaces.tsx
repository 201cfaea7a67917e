import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/back-link";
import { DataTable } from "~/components/data-table";
import { SearchFilter } from "~/components/filter-fields";
import { FilterButtons } from "~/components/filter-buttons";
import { jobcentreWorkplaceColumns } from "~/components/lists/company-columns";
import { pageMeta } from "~/components/page-meta";
import { getCompany } from "~/domain/companies/queries.server";
import { backPath } from "~/http/back.server";
import { orHttpError } from "~/http/forms.server";
import { loadList } from "~/http/list.server";
import { jobcentreCompanyWorkplacesList } from "~/http/lists/companies.server";
import { backLabelKey } from "~/http/navigation";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.companyWorkplaces");

/** Read-only: a chain's workplaces, 20 at a time with a search, so a consultant finds the shop in a town. */
export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, jobcentreCompanyWorkplacesList);
  return orHttpError(() => {
    const company = getCompany(ctx, filters.companyId);
    const back = backPath(args.request, `/jobcentre/companies/${company.id}`);
    return {
      company: { id: company.id, name: company.name },
      // A search keeps the way back to where the consultant came from.
      back: { href: back.href, labelKey: backLabelKey(back.href), keep: back.fromUser },
      q: filters.q,
      result,
    };
  });
}

export default function CompanyWorkplaces() {
  const t = useT();
  const { company, back, q, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <BackLink href={back.href}>{t(back.labelKey)}</BackLink>
      <h1>{t("companyWorkplaces.title", { company: company.name })}</h1>
      <Form method="get" className="filter-form">
        {back.keep ? <input type="hidden" name="back" value={back.href} /> : null}
        <SearchFilter label={t("workplaces.search")} defaultValue={q} />
        <FilterButtons />
      </Form>
      <DataTable
        caption={t("companyWorkplaces.title", { company: company.name })}
        columns={jobcentreWorkplaceColumns}
        rowKey={(w) => w.id}
        countKey="workplaces.count"
        csvHref={`/jobcentre/companies/${company.id}/workplaces.csv`}
        empty={
          q ? (
            <p>
              {t("workplaces.noneFound", { q })}{" "}
              <a href={`/jobcentre/companies/${company.id}/workplaces${back.keep ? `?back=${encodeURIComponent(back.href)}` : ""}`}>{t("workplaces.showAll")}</a>
            </p>
          ) : undefined
        }
        {...result}
      />
    </div>
  );
}
