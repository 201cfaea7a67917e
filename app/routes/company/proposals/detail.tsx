import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { FitLines } from "~/components/fit-lines";
import { ErrorSummary } from "~/components/form";
import { pageMeta } from "~/components/page-meta";
import { ProposalActions } from "~/components/proposal-actions";
import { proposalForCompany } from "~/domain/proposals/queries.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { proposalAction } from "~/http/proposal-action.server";
import { formatDate, formatDateTime, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { isKeyOf } from "~/i18n/keys";
import { PlacementLink } from "~/components/placement-link";
import { PROPOSAL_DONE } from "~/i18n/candidates/keys";

export const meta = pageMeta("title.proposal");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  return orHttpError(() => proposalForCompany(ctx, idParam(args.params, "proposalId")));
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  const proposalId = idParam(args.params, "proposalId");
  const result = await proposalAction(args, ctx, proposalId);
  if ("done" in result) return redirect(`/company/proposals/${proposalId}?done=${result.done}`);
  return result;
}

/** HR and the slot's mentor see the shared sections only, the fit lines they allow, and the motivation. */
export default function CompanyProposal() {
  const t = useT();
  const locale = useLocale();
  const p = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("done");
  const c = p.profile;
  const list = <V extends string>(items: readonly V[], label: (v: V) => string) => (items.length ? items.map(label).join(", ") : t("candidate.notStated"));
  return (
    <div className="stack">
      <p>
        <a href="/company/proposals" className="back-link">
          {t("proposals.back")}
        </a>
      </p>
      <h1>{t("proposal.titleFor", { alias: c.alias, title: p.slotTitle })}</h1>
      <p>
        <strong>{t(`proposalStatus.${p.status}`)}</strong> – {t("proposal.proposedByJobcentre", { jobcentre: p.jobcentreName, name: p.consultant, date: formatDateTime(locale, p.proposedAt) })}
      </p>
      {isKeyOf(PROPOSAL_DONE, done) ? <Alert kind="success" heading={t(PROPOSAL_DONE[done])} /> : null}
      {p.unanswered ? <Alert kind="warning" heading={t("proposals.unansweredCompany")} /> : null}
      {p.meeting ? (
        <p>
          {t("proposal.meeting", { date: formatDate(locale, `${p.meeting.date}T12:00:00`), time: p.meeting.time, place: p.meeting.place })} {p.meeting.confirmed ? t("proposal.meetingConfirmed") : t("proposal.meetingUnconfirmed")}
        </p>
      ) : null}
      <PlacementLink status={p.status} proposalId={p.id} placementId={p.placementId} base="/company/placements" mayStart={p.mayStartPlacement} />
      {p.decline ? <Alert kind="info" heading={t("proposal.declinedBecause", { reason: t(`declineReason.${p.decline.reason}`) })} /> : null}
      <h2>{t("field.motivation")}</h2>
      <p>{p.motivation}</p>
      <h2>{t("proposal.fit")}</h2>
      <FitLines lines={p.lines.filter((l) => !["no_common_day", "beyond_travel", "active_placement", "consent"].includes(l.factor))} hardMisfits={p.lines.filter((l) => ["no_common_day", "beyond_travel", "active_placement", "consent"].includes(l.factor))} />
      <h2>{t("section.basic")}</h2>
      <dl className="summary-list">
        <dt>{t("field.ageBand")}</dt>
        <dd>{t(`ageBand.${c.ageBand}`)}</dd>
        <dt>{t("field.postcode")}</dt>
        <dd>{c.area}</dd>
        <dt>{t("field.strengths")}</dt>
        <dd>{c.strengths}</dd>
        <dt>{t("field.languages")}</dt>
        <dd>{c.languages.length ? c.languages.map((l) => `${t(`language.${l.language}`)} (${t(`languageLevel.${l.level}`)})`).join(", ") : t("candidate.notStated")}</dd>
        <dt>{t("candidates.hoursColumn")}</dt>
        <dd>
          {formatNumber(locale, c.hoursNow)}
          {c.goalHours != null ? ` → ${formatNumber(locale, c.goalHours)}` : ""}
        </dd>
        <dt>{t("field.daysAvailable")}</dt>
        <dd>{list(c.days, (v) => t(`weekday.${v}`))}</dd>
        <dt>{t("field.transport")}</dt>
        <dd>{list(c.transport, (v) => t(`transport.${v}`))}</dd>
        <dt>{t("field.wishIndustries")}</dt>
        <dd>{list(c.wishIndustries, (v) => t(`industry.${v}`))}</dd>
        <dt>{t("field.wishTasks")}</dt>
        <dd>{list(c.wishTasks, (v) => t(`chore.${v}`))}</dd>
        <dt>{t("field.mentorStyles")}</dt>
        <dd>
          {list(c.mentorStyles, (v) => t(`mentorStyle.${v}`))}
          {c.mentorWish ? ` – ${c.mentorWish}` : ""}
        </dd>
      </dl>
      {c.experience ? (
        <>
          <h2>{t("section.experience")}</h2>
          <p>{c.experience.text ?? t("candidate.notStated")}</p>
          <p>{list(c.experience.industries, (v) => t(`industry.${v}`))}</p>
        </>
      ) : null}
      {c.support ? (
        <>
          <h2>{t("section.support")}</h2>
          <p>{list(c.support.needs, (v) => t(`supportNeed.${v}`))}</p>
          {c.support.text ? <p>{c.support.text}</p> : null}
        </>
      ) : null}
      {c.activities ? (
        <>
          <h2>{t("section.activities")}</h2>
          <p>{c.activities}</p>
        </>
      ) : null}
      <p className="form-hint">{t("proposal.sharedOnly")}</p>
      {p.commands.length > 0 ? (
        <section>
          <h2>{t("proposal.yourAnswer")}</h2>
          <ErrorSummary state={state} />
          <ProposalActions commands={p.commands} version={p.version} state={state} meeting={p.meeting} />
        </section>
      ) : null}
    </div>
  );
}
