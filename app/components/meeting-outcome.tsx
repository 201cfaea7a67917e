import { Form } from "@remix-run/react";
import { MEETING_SIGNALS, SOCIAL_MATCH, type MeetingSide, type MeetingSignal, type SocialMatch } from "~/domain/proposals/meeting-outcome";
import { formatDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { ChoiceGroup, TextArea, type FormState } from "./form";

export interface MeetingOutcomeRecord {
  side: MeetingSide;
  socialMatch: SocialMatch;
  signals: readonly MeetingSignal[];
  note: string | null;
  recordedBy: string;
  recordedAt: Date | string;
}

/** Each side's record of the match meeting: the overall feeling, what they noticed, their line. */
export function MeetingOutcomes({ outcomes }: { outcomes: readonly MeetingOutcomeRecord[] }) {
  const t = useT();
  const locale = useLocale();
  if (outcomes.length === 0) return <p>{t("meetingOutcome.none")}</p>;
  return (
    <dl className="summary-list">
      {outcomes.map((o) => (
        <div key={o.side} className="summary-list-row">
          <dt>{t(`meetingOutcome.side.${o.side}`)}</dt>
          <dd>
            <strong>{t(`socialMatch.${o.socialMatch}`)}</strong>
            {o.signals.length > 0 ? (
              <ul className="meeting-signals">
                {o.signals.map((s) => (
                  <li key={s}>{t(`meetingSignal.${s}`)}</li>
                ))}
              </ul>
            ) : null}
            {o.note ? <p className="meeting-note">«{o.note}»</p> : null}
            <span className="form-hint">{t("meetingOutcome.by", { name: o.recordedBy, date: formatDate(locale, o.recordedAt) })}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The form for the actor's own side; filled in with their earlier record when there is one. */
export function MeetingOutcomeForm(props: { version: number; state?: FormState | null; current?: MeetingOutcomeRecord | null }) {
  const t = useT();
  const { current, state } = props;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="command" value="recordMeetingOutcome" />
      <input type="hidden" name="version" value={props.version} />
      <h3>{current ? t("meetingOutcome.change") : t("meetingOutcome.formHeading")}</h3>
      <ChoiceGroup
        name="socialMatch"
        legend={t("field.socialMatch")}
        type="radio"
        state={state}
        checked={current ? [current.socialMatch] : []}
        options={SOCIAL_MATCH.map((m) => ({ value: m, label: t(`socialMatch.${m}`) }))}
      />
      <ChoiceGroup
        name="signals"
        legend={t("field.meetingSignals")}
        hint={t("hint.meetingSignals")}
        type="checkbox"
        state={state}
        checked={current?.signals ?? []}
        options={MEETING_SIGNALS.map((s) => ({ value: s, label: t(`meetingSignal.${s}`) }))}
      />
      <TextArea name="note" label={t("field.meetingNote")} hint={t("hint.meetingNote")} rows={2} state={state} defaultValue={current?.note ?? ""} />
      <button type="submit" className="button button-secondary">
        {t("meetingOutcome.save")}
      </button>
    </Form>
  );
}

/** The meeting section of a proposal page: the records, and the form for those who may write. */
export function MeetingOutcomeSection(props: {
  outcomes: readonly MeetingOutcomeRecord[];
  mySide: MeetingSide;
  mayRecord: boolean;
  /** This person could record, but the meeting has not been held yet. */
  waiting: boolean;
  version: number;
  state?: FormState | null;
}) {
  const t = useT();
  return (
    <section aria-labelledby="meeting-outcome-heading" className="stack">
      <h2 id="meeting-outcome-heading">{t("meetingOutcome.heading")}</h2>
      {props.mayRecord ? <p>{t("meetingOutcome.lead")}</p> : null}
      <MeetingOutcomes outcomes={props.outcomes} />
      {props.mayRecord ? (
        <MeetingOutcomeForm version={props.version} state={props.state} current={props.outcomes.find((o) => o.side === props.mySide) ?? null} />
      ) : props.waiting ? (
        <p className="form-hint">{t("meetingOutcome.notYet")}</p>
      ) : null}
    </section>
  );
}

/** One line for a list of proposals: how each side felt the meeting went. */
export function MeetingOutcomeLine({ outcomes }: { outcomes: readonly Pick<MeetingOutcomeRecord, "side" | "socialMatch">[] }) {
  const t = useT();
  const of = (side: MeetingSide) => {
    const o = outcomes.find((x) => x.side === side);
    return o ? t(`socialMatchShort.${o.socialMatch}`) : t("meetingOutcome.notRecorded");
  };
  return (
    <>
      <br />
      <span className="form-hint">{t("meetingOutcome.short", { company: of("company"), jobcentre: of("jobcentre") })}</span>
    </>
  );
}
