import { Form } from "@remix-run/react";
import { CANDIDATE_DECLINE_REASONS, DECLINE_REASONS } from "~/domain/proposals/vocabulary";
import type { ProposalCommand } from "~/domain/proposals/status";
import { useT } from "~/i18n/use-t";
import { ChoiceGroup, TextArea, TextField, type FormState } from "./form";

/** The forms for exactly the commands this person may give now; each works without JS. */
export function ProposalActions(props: { commands: ProposalCommand[]; version: number; state?: FormState | null; meeting?: { date: string; time: string; place: string } | null }) {
  const t = useT();
  const { commands, version, state } = props;
  const has = (c: ProposalCommand) => commands.includes(c);
  const hidden = (command: ProposalCommand) => (
    <>
      <input type="hidden" name="command" value={command} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const meetingCommand = has("inviteToMeeting") ? "inviteToMeeting" : has("moveMeeting") ? "moveMeeting" : null;
  return (
    <div className="stack">
      {has("accept") ? (
        <Form method="post">
          {hidden("accept")}
          <h3>{t("proposal.acceptHeading")}</h3>
          <p>{t("proposal.acceptLead")}</p>
          <button type="submit" className="button button-primary">
            {t("proposal.command.accept")}
          </button>
        </Form>
      ) : null}
      {has("confirmMeeting") ? (
        <Form method="post">
          {hidden("confirmMeeting")}
          <button type="submit" className="button button-primary">
            {t("proposal.command.confirmMeeting")}
          </button>
        </Form>
      ) : null}
      {meetingCommand ? (
        <Form method="post" noValidate>
          {hidden(meetingCommand)}
          <h3>{t(`proposal.command.${meetingCommand}`)}</h3>
          <TextField name="meetingDate" type="date" label={t("field.meetingDate")} state={state} defaultValue={props.meeting?.date} className="input-width-s" />
          <TextField name="meetingTime" label={t("field.meetingTime")} hint={t("hint.time")} state={state} defaultValue={props.meeting?.time} className="input-width-xs" />
          <TextField name="meetingPlace" label={t("field.meetingPlace")} state={state} defaultValue={props.meeting?.place} />
          <button type="submit" className={`button ${meetingCommand === "inviteToMeeting" ? "button-primary" : "button-secondary"}`}>
            {t(`proposal.command.${meetingCommand}`)}
          </button>
        </Form>
      ) : null}
      {has("decline") ? (
        <Form method="post" noValidate>
          {hidden("decline")}
          <h3>{t("proposal.command.decline")}</h3>
          <ChoiceGroup name="reason" legend={t("field.declineReason")} type="radio" state={state} options={DECLINE_REASONS.map((r) => ({ value: r, label: t(`declineReason.${r}`) }))} />
          <TextArea name="reasonText" label={t("field.declineText")} hint={t("hint.declineText")} rows={2} state={state} />
          <ChoiceGroup name="shareWithCandidate" legend={t("field.declineShare")} type="radio" state={state} checked={["no"]} options={[{ value: "yes", label: t("proposal.shareYes") }, { value: "no", label: t("proposal.shareNo") }]} />
          <button type="submit" className="button button-secondary">
            {t("proposal.command.decline")}
          </button>
        </Form>
      ) : null}
      {has("recordCandidateDeclined") ? (
        <Form method="post" noValidate>
          {hidden("recordCandidateDeclined")}
          <h3>{t("proposal.command.recordCandidateDeclined")}</h3>
          <ChoiceGroup name="reason" legend={t("field.candidateDeclineReason")} type="radio" state={state} options={CANDIDATE_DECLINE_REASONS.map((r) => ({ value: r, label: t(`withdrawalReason.${r}`) }))} />
          <TextArea name="reasonText" label={t("field.candidateDeclineText")} rows={2} state={state} />
          <button type="submit" className="button button-secondary">
            {t("proposal.command.recordCandidateDeclined")}
          </button>
        </Form>
      ) : null}
      {has("withdraw") ? (
        <Form method="post">
          {hidden("withdraw")}
          <button type="submit" className="button button-secondary">
            {t("proposal.command.withdraw")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
