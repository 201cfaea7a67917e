import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { companyProposalColumns } from "~/components/lists/proposal-columns";
import { pageMeta } from "~/components/page-meta";
import { loadList } from "~/http/list.server";
import { companyProposalsList } from "~/http/lists/proposals.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.proposals");

export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, companyProposalsList);
  return { filters, result, role: ctx.actor.role };
}

/** The company's proposals; the download leaves the citizen out (candidate data leaves the portal only through the jobcentre). */
export default function CompanyProposals() {
  const t = useT();
  const { filters, result, role } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("proposals.title")}</h1>
      <p className="font-lead">{role === "mentor" ? t("proposals.mentorLead") : t("proposals.companyLead")}</p>
      {filters.waiting ? (
        <p>
          {t("proposals.waitingShown")}{" "}
          <a href="/company/proposals" className="function-link">
            {t("proposals.showAll")}
          </a>
        </p>
      ) : null}
      <DataTable caption={t("proposals.title")} columns={companyProposalColumns} rowKey={(p) => p.id} countKey="proposals.count" csvHref="/company/proposals.csv" empty={<p>{filters.waiting ? t("proposals.noneWaiting") : t("proposals.none")}</p>} {...result} />
    </div>
  );
}
