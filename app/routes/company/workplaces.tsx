import type { LoaderFunctionArgs } from "@remix-run/node";
import { companyPolicy } from "~/domain/companies/policy";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/alerts";
import { DataTable } from "~/components/data-table";
import { workplaceColumns } from "~/components/lists/company-columns";
import { pageMeta } from "~/components/page-meta";
import { loadList } from "~/http/list.server";
import { workplacesList } from "~/http/lists/companies.server";
import { useT } from "~/i18n/use-t";
import { FilterButtons } from "~/components/filter-buttons";

export const meta = pageMeta("title.workplaces");

export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, workplacesList);
  return { workplaces: result, q: filters.q, canAdd: companyPolicy(ctx.actor).amend };
}

export default function Workplaces() {
  const t = useT();
  const { workplaces, q, canAdd } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  // A company with a page of workplaces or less sees them all; a chain gets a search.
  const searchable = q !== "" || workplaces.total > workplaces.pageSize;
  return (
    <div className="stack">
      <h1>{t("workplaces.title")}</h1>
      <p className="font-lead">{t("workplaces.lead")}</p>
      {params.get("saved") ? <Alert kind="success" heading={t("form.saved")} /> : null}
      {params.get("created") ? <Alert kind="success" heading={t("workplace.created")} /> : null}
      {canAdd ? (
        <div className="button-row">
          <a href="/company/workplaces/new" className="button button-primary">
            {t("workplaces.add")}
          </a>
        </div>
      ) : null}
      {searchable ? (
        <Form method="get" className="filter-form">
          {/* SearchFilter's markup; filter-fields.tsx also holds the demand filters, whose words this page does not get. */}
          <div className="form-group">
            <label className="form-label" htmlFor="q">
              {t("workplaces.search")}
            </label>
            <input className="form-input" id="q" name="q" type="search" defaultValue={q} />
          </div>
          <FilterButtons />
        </Form>
      ) : null}
      <DataTable
        caption={t("workplaces.title")}
        columns={workplaceColumns}
        rowKey={(w) => w.id}
        countKey="workplaces.count"
        csvHref="/company/workplaces.csv"
        empty={
          q ? (
            <p>
              {t("workplaces.noneFound", { q })} <a href="/company/workplaces">{t("workplaces.showAll")}</a>
            </p>
          ) : undefined
        }
        {...workplaces}
      />
    </div>
  );
}
