import type { LoaderFunctionArgs } from "@remix-run/node";
import { companyPolicy } from "~/domain/companies/policy";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/alerts";
import { DataTable } from "~/components/data-table";
import { workplaceColumns } from "~/components/lists/company-columns";
import { pageMeta } from "~/components/page-meta";
import { loadList } from "~/http/list.server";
import { workplacesList } from "~/http/lists/companies.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.workplaces");

export function loader(args: LoaderFunctionArgs) {
  const { ctx, result } = loadList(args, workplacesList);
  return { workplaces: result, canAdd: companyPolicy(ctx.actor).amend };
}

export default function Workplaces() {
  const t = useT();
  const { workplaces, canAdd } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="stack">
      <h1>{t("workplaces.title")}</h1>
      <p className="font-lead">{t("workplaces.lead")}</p>
      {params.get("saved") ? <Alert kind="success" heading={t("form.saved")} /> : null}
      {params.get("created") ? <Alert kind="success" heading={t("workplace.created")} /> : null}
      <DataTable caption={t("workplaces.title")} columns={workplaceColumns} rowKey={(w) => w.id} csvHref="/company/workplaces.csv" {...workplaces} />
      {canAdd ? (
        <div className="button-row">
          <a href="/company/workplaces/new" className="button button-primary">
            {t("workplaces.add")}
          </a>
        </div>
      ) : null}
    </div>
  );
}
