import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { CheckboxFilter, SelectFilter } from "~/components/filter-fields";
import { FilterButtons } from "~/components/filter-buttons";
import { jobcentreProposalColumns } from "~/components/lists/proposal-columns";
import { pageMeta } from "~/components/page-meta";
import { PROPOSAL_STATUSES } from "~/domain/proposals/vocabulary";
import { loadList } from "~/http/list.server";
import { jobcentreProposalsList } from "~/http/lists/proposals.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.proposals");

export function loader(args: LoaderFunctionArgs) {
  const { filters, result } = loadList(args, jobcentreProposalsList);
  return { filters, result };
}

export default function JobcentreProposals() {
  const t = useT();
  const { filters, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("proposals.title")}</h1>
      <p className="font-lead">{t("proposals.jobcentreLead")}</p>
      <Form method="get" aria-label={t("proposals.filterLabel")}>
        <div className="filter-form">
          <SelectFilter name="status" label={t("field.status")} allLabel={t("candidates.all")} defaultValue={filters.status ?? ""} options={PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`proposalStatus.${s}`) }))} />
        </div>
        <CheckboxFilter name="unanswered" label={t("proposals.onlyUnanswered")} checked={filters.unanswered} />
        <FilterButtons primary />
      </Form>
      <DataTable caption={t("proposals.title")} columns={jobcentreProposalColumns} rowKey={(p) => p.id} countKey="proposals.count" csvHref="/jobcentre/proposals.csv" {...result} />
    </div>
  );
}
