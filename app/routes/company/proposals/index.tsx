import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { pageMeta } from "~/components/page-meta";
import { Pagination } from "~/components/pagination";
import { pageParam } from "~/domain/page-param";
import { companyProposals } from "~/domain/proposals/queries.server";
import { formatDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.proposals");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  return { result: companyProposals(ctx, { page: pageParam.parse(new URL(args.request.url).searchParams.get("page")) }), role: ctx.actor.role };
}

export default function CompanyProposals() {
  const t = useT();
  const locale = useLocale();
  const { result, role } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("proposals.title")}</h1>
      <p className="font-lead">{role === "mentor" ? t("proposals.mentorLead") : t("proposals.companyLead")}</p>
      <p role="status">{t("proposals.count", { count: result.total })}</p>
      {result.rows.length > 0 ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("proposals.title")}>
          <table className="table table--compact">
            <caption className="sr-only">{t("proposals.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("field.candidateAlias")}</th>
                <th scope="col">{t("field.slotTitle")}</th>
                <th scope="col">{t("field.status")}</th>
                <th scope="col">{t("proposals.proposedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((p) => (
                <tr key={p.id}>
                  <td>{p.available ? <a href={`/company/proposals/${p.id}`}>{p.alias}</a> : t("proposals.noLongerAvailable")}</td>
                  <td>{p.slotTitle}</td>
                  <td>
                    {p.available ? t(`proposalStatus.${p.status}`) : "–"}
                    {p.available && p.unanswered ? <strong className="form-error-message"> {t("proposals.unanswered")}</strong> : null}
                    {p.available && p.meetingDate ? <span className="form-hint"> {formatDate(locale, `${p.meetingDate}T12:00:00`)} {p.meetingTime}</span> : null}
                  </td>
                  <td>{formatDate(locale, p.proposedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("proposals.none")}</p>
      )}
      <Pagination {...result} />
    </div>
  );
}
