import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { SelectFilter } from "~/components/filter-fields";
import { pageMeta } from "~/components/page-meta";
import { Pagination } from "~/components/pagination";
import { pageParam } from "~/domain/page-param";
import { jobcentreProposals } from "~/domain/proposals/queries.server";
import { PROPOSAL_STATUSES } from "~/domain/proposals/schema";
import { formatDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.proposals");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const search = new URL(args.request.url).searchParams;
  const filters = {
    page: pageParam.parse(search.get("page")),
    status: z.enum(PROPOSAL_STATUSES).optional().catch(undefined).parse(search.get("status") || undefined),
    unanswered: search.get("unanswered") === "1",
  };
  return { filters, result: jobcentreProposals(ctx, filters) };
}

export default function JobcentreProposals() {
  const t = useT();
  const locale = useLocale();
  const { filters, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("proposals.title")}</h1>
      <p className="font-lead">{t("proposals.jobcentreLead")}</p>
      <Form method="get" aria-label={t("proposals.filterLabel")}>
        <div className="filter-form">
          <SelectFilter name="status" label={t("field.status")} allLabel={t("candidates.all")} defaultValue={filters.status ?? ""} options={PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`proposalStatus.${s}`) }))} />
        </div>
        <div className="form-group-checkbox">
          <input className="form-checkbox" type="checkbox" id="unanswered" name="unanswered" value="1" defaultChecked={filters.unanswered} />
          <label className="form-label" htmlFor="unanswered">
            {t("proposals.onlyUnanswered")}
          </label>
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("form.filter")}
          </button>
        </div>
      </Form>
      <p role="status">{t("proposals.count", { count: result.total })}</p>
      {result.rows.length > 0 ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("proposals.title")}>
          <table className="table table--compact">
            <caption className="sr-only">{t("proposals.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("field.candidateAlias")}</th>
                <th scope="col">{t("field.slotTitle")}</th>
                <th scope="col">{t("field.company")}</th>
                <th scope="col">{t("field.status")}</th>
                <th scope="col">{t("proposals.proposedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((p) => (
                <tr key={p.id}>
                  <td>
                    <a href={`/jobcentre/proposals/${p.id}`}>{p.alias}</a>
                  </td>
                  <td>{p.slotTitle}</td>
                  <td>{p.companyName}</td>
                  <td>
                    {t(`proposalStatus.${p.status}`)}
                    {p.unanswered ? <strong className="form-error-message"> {t("proposals.unanswered")}</strong> : null}
                  </td>
                  <td>{formatDate(locale, p.proposedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination {...result} />
    </div>
  );
}
