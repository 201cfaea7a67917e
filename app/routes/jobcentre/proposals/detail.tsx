import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { CandidateProfile } from "~/components/candidate-profile";
import { StoredFitLines } from "~/components/fit-lines";
import { ErrorSummary } from "~/components/form";
import { pageMeta } from "~/components/page-meta";
import { MeetingOutcomeSection } from "~/components/meeting-outcome";
import { ProposalActions } from "~/components/proposal-actions";
import { meetingState } from "~/domain/proposals/meeting-state";
import { proposalForJobcentre } from "~/domain/proposals/queries.server";
import { MeetingLine } from "~/components/meeting-line";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { proposalAction } from "~/http/proposal-action.server";
import { formatDateTime } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { isKeyOf } from "~/i18n/keys";
import { PlacementLink } from "~/components/placement-link";
import { PROPOSAL_DONE } from "~/i18n/candidates/keys";
import { BackLink } from "~/components/back-link";

export const meta = pageMeta("title.proposal");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const p = orHttpError(() => proposalForJobcentre(ctx, idParam(args.params, "proposalId")));
  return {
    id: p.proposal.id,
    version: p.proposal.version,
    status: p.proposal.status,
    candidateId: p.proposal.candidateId,
    alias: p.alias,
    slotId: p.proposal.slotId,
    slotTitle: p.slotTitle,
    companyName: p.companyName,
    proposedBy: p.proposedBy,
    proposedAt: p.proposal.proposedAt,
    motivation: p.proposal.motivation,
    lines: p.proposal.fitLines,
    profile: p.profile,
    sharedSections: p.sharedSections,
    meeting: p.proposal.meetingDate ? { date: p.proposal.meetingDate, time: p.proposal.meetingTime ?? "", place: p.proposal.meetingPlace ?? "", proposedBy: p.proposal.meetingProposedBy, confirmed: p.proposal.meetingConfirmedAt != null, state: meetingState(p.proposal) } : null,
    decline: p.proposal.declineReason ? { reason: p.proposal.declineReason, text: p.proposal.declineText, shareable: p.proposal.declineShareable } : null,
    withdrawal: p.proposal.withdrawalReason ? { reason: p.proposal.withdrawalReason, text: p.proposal.withdrawalText } : null,
    meetingOutcomes: p.meetingOutcomes,
    mayRecordOutcome: p.mayRecordOutcome,
    consentCovers: p.consentCovers,
    unanswered: p.unanswered,
    commands: p.commands,
    placementId: p.placementId,
  };
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const proposalId = idParam(args.params, "proposalId");
  const result = await proposalAction(args, ctx, proposalId);
  if ("done" in result) return redirect(`/jobcentre/proposals/${proposalId}?done=${result.done}`);
  return result;
}

export default function JobcentreProposal() {
  const t = useT();
  const locale = useLocale();
  const p = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("done");
  return (
    <div className="stack">
      <BackLink href="/jobcentre/proposals">{t("proposals.back")}</BackLink>
      <h1>{t("proposal.titleFor", { alias: p.alias, title: p.slotTitle })}</h1>
      <p>
        <a href={`/jobcentre/candidates/${p.candidateId}`}>{p.alias}</a> · <a href={`/jobcentre/slots/${p.slotId}`}>{p.slotTitle}</a> · {p.companyName}
      </p>
      <p>
        <strong>{t(`proposalStatus.${p.status}`)}</strong> – {t("proposal.proposedBy", { name: p.proposedBy, date: formatDateTime(locale, p.proposedAt) })}
      </p>
      {isKeyOf(PROPOSAL_DONE, done) ? <Alert kind="success" heading={t(PROPOSAL_DONE[done])} /> : null}
      {p.unanswered ? <Alert kind="warning" heading={t("proposals.unansweredLong")} /> : null}
      {!p.consentCovers && (p.status === "proposed" || p.status === "meeting_planned") ? <Alert kind="warning" heading={t("proposal.consentNoLonger")} /> : null}
      <MeetingLine meeting={p.meeting} />
      {p.decline ? (
        <Alert kind="info" heading={t("proposal.declinedBecause", { reason: t(`declineReason.${p.decline.reason}`) })}>
          {p.decline.text ? <p>{p.decline.text}</p> : null}
          <p>{p.decline.shareable ? t("proposal.mayShare") : t("proposal.mayNotShare")}</p>
        </Alert>
      ) : null}
      <PlacementLink status={p.status} proposalId={p.id} placementId={p.placementId} base="/jobcentre/placements" mayStart />
      {p.withdrawal ? <Alert kind="info" heading={t(`withdrawalReason.${p.withdrawal.reason}`)}>{p.withdrawal.text ? <p>{p.withdrawal.text}</p> : null}</Alert> : null}
      <h2>{t("field.motivation")}</h2>
      <p>{p.motivation}</p>
      <h2>{t("proposal.fit")}</h2>
      <StoredFitLines lines={p.lines} />
      <h2>{t("proposal.profileAsShared")}</h2>
      <p className="form-hint">{t("proposal.profileAsSharedLead", { sections: p.sharedSections.map((s) => t(`section.${s}`)).join(", ") })}</p>
      <CandidateProfile profile={p.profile} />
      {p.meeting ? <MeetingOutcomeSection outcomes={p.meetingOutcomes} mySide="jobcentre" mayRecord={p.mayRecordOutcome} waiting={!p.mayRecordOutcome} version={p.version} state={state} /> : null}
      {p.commands.length > 0 ? (
        <section>
          <h2>{t("proposal.nextStep")}</h2>
          <ErrorSummary state={state} />
          <ProposalActions commands={p.commands} version={p.version} state={state} meeting={p.meeting} />
        </section>
      ) : null}
    </div>
  );
}
