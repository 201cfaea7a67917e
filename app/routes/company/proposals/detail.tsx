import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { CandidateProfile } from "~/components/candidate-profile";
import { StoredFitLines } from "~/components/fit-lines";
import { ErrorSummary } from "~/components/form";
import { pageMeta } from "~/components/page-meta";
import { MeetingOutcomeSection } from "~/components/meeting-outcome";
import { ProposalActions } from "~/components/proposal-actions";
import { proposalForCompany } from "~/domain/proposals/queries.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { proposalAction } from "~/http/proposal-action.server";
import { formatDateTime } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { isKeyOf } from "~/i18n/keys";
import { PlacementLink } from "~/components/placement-link";
import { PROPOSAL_DONE } from "~/i18n/candidates/keys";
import { MeetingLine } from "~/components/meeting-line";
import { BackLink } from "~/components/back-link";

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
  return (
    <div className="stack">
      <BackLink href="/company/proposals">{t("proposals.back")}</BackLink>
      <h1>{t("proposal.titleFor", { alias: c.alias, title: p.slotTitle })}</h1>
      <p>
        <strong>{t(`proposalStatus.${p.status}`)}</strong> – {t("proposal.proposedByJobcentre", { jobcentre: p.jobcentreName, name: p.consultant, date: formatDateTime(locale, p.proposedAt) })}
      </p>
      {isKeyOf(PROPOSAL_DONE, done) ? <Alert kind="success" heading={t(PROPOSAL_DONE[done])} /> : null}
      {p.unanswered ? <Alert kind="warning" heading={t("proposals.unansweredCompany")} /> : null}
      <MeetingLine meeting={p.meeting} />
      <PlacementLink status={p.status} proposalId={p.id} placementId={p.placementId} base="/company/placements" mayStart={p.mayStartPlacement} />
      {p.decline ? <Alert kind="info" heading={t("proposal.declinedBecause", { reason: t(`declineReason.${p.decline.reason}`) })} /> : null}
      <h2>{t("field.motivation")}</h2>
      <p>{p.motivation}</p>
      <h2>{t("proposal.fit")}</h2>
      <StoredFitLines lines={p.lines} />
      <CandidateProfile profile={c} />
      <p className="form-hint">{t("proposal.sharedOnly")}</p>
      {p.meeting ? <MeetingOutcomeSection outcomes={p.meetingOutcomes} mySide="company" mayRecord={p.mayRecordOutcome} waiting={!p.mayRecordOutcome && p.role === "company_admin"} version={p.version} state={state} /> : null}
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
