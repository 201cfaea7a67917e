import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { companyColumns } from "~/components/lists/company-columns";
import { pageMeta } from "~/components/page-meta";
import { loadList } from "~/http/list.server";
import { pendingCompaniesList } from "~/http/lists/companies.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.pending");

export function loader(args: LoaderFunctionArgs) {
  const { ctx, result } = loadList(args, pendingCompaniesList);
  return { jobcentre: ctx.actor.organisationName, pending: result };
}

export default function CompaniesToVerify() {
  const t = useT();
  const { jobcentre, pending } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("pending.title")}</h1>
      <p className="font-lead">{t("pending.lead", { jobcentre })}</p>
      <DataTable
        caption={t("pending.title")}
        columns={companyColumns}
        rowKey={(c) => c.id}
        countKey={pending.total > 0 ? "pending.count" : undefined}
        csvHref="/jobcentre/pending.csv"
        empty={<p>{t("pending.none")}</p>}
        {...pending}
      />
    </div>
  );
}
