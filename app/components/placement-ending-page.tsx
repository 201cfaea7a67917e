import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import type { EndingView } from "~/domain/placements/ending-queries.server";
import { END_KINDS, INTERRUPT_REASONS, OUTCOMES, STATUS_CATEGORIES } from "~/domain/placements/ending-vocabulary";
import { formatCalendarDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { Alert } from "./alerts";
import { ChoiceGroup, ErrorSummary, SelectField, SubmitButton, TextArea, TextField, type FormState } from "./form";

type View = SerializeFrom<EndingView>;

/**
 * Move the end or end the placement (HR and the jobcentre), and for the jobcentre the status
 * three months after the end. Plain POST forms: they work without JavaScript.
 */
export function PlacementEndingPage({ view, state, side }: { view: View; state?: (FormState & { values?: Record<string, string> }) | null; side: "company" | "jobcentre" }) {
  const t = useT();
  const locale = useLocale();
  const d = (day: string) => formatCalendarDate(locale, day);
  const intent = state?.values?.intent;
  const stateOf = (name: string) => (intent === name ? state : null);
  const labels = {
    plannedEndDate: t("ending.newEnd"),
    kind: t("ending.kind"),
    endedOn: t("ending.endedOn"),
    reason: t("ending.reason"),
    reasonText: t("ending.reasonText"),
    outcome: t("ending.outcome"),
    outcomeHours: t("ending.outcomeHours"),
    category: t("ending.category"),
    hours: t("ending.statusHours"),
  };
  return (
    <div className="row">
      <div className="col-12 col-lg-8 stack">
        <p>
          <a href={`/${side}/placements/${view.id}`} className="back-link">
            {t("ending.back")}
          </a>
        </p>
        <h1>{t("ending.title", { alias: view.alias, title: view.slotTitle })}</h1>
        {view.ending ? <Alert kind="info" heading={t("ending.alreadyEnded", { date: d(view.ending.endedOn) })} /> : null}
        {view.mayManage ? (
          <>
            <section className="stack" aria-labelledby="move-heading">
              <h2 id="move-heading">{t("ending.moveHeading")}</h2>
              <p>{t("ending.moveLead", { end: d(view.plannedEndDate) })}</p>
              {view.lastAllowedDay ? <p className="form-hint">{t("ending.lastAllowed", { date: d(view.lastAllowedDay) })}</p> : null}
              <ErrorSummary state={stateOf("move")} labels={labels} />
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="move" />
                <input type="hidden" name="version" value={view.version} />
                <TextField name="plannedEndDate" type="date" label={labels.plannedEndDate} hint={t("ending.newEndHint")} defaultValue={view.plannedEndDate} state={stateOf("move")} />
                <SubmitButton secondary>{t("ending.move")}</SubmitButton>
              </Form>
            </section>
            <section className="stack" aria-labelledby="end-heading">
              <h2 id="end-heading">{t("ending.endHeading")}</h2>
              <p>{t("ending.endLead")}</p>
              <ErrorSummary state={stateOf("end")} labels={labels} />
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="end" />
                <input type="hidden" name="version" value={view.version} />
                <ChoiceGroup name="kind" type="radio" legend={labels.kind} options={END_KINDS.map((k) => ({ value: k, label: t(`endKind.${k}`) }))} state={stateOf("end")} />
                <TextField name="endedOn" type="date" label={labels.endedOn} defaultValue={view.plannedEndDate < view.today ? view.plannedEndDate : view.today} state={stateOf("end")} />
                <SelectField
                  name="reason"
                  label={labels.reason}
                  hint={t("ending.reasonHint")}
                  placeholder={t("ending.reasonNone")}
                  options={INTERRUPT_REASONS.map((r) => ({ value: r, label: t(`interruptReason.${r}`) }))}
                  state={stateOf("end")}
                />
                <TextArea name="reasonText" label={labels.reasonText} hint={t("ending.reasonTextHint")} rows={3} state={stateOf("end")} />
                <ChoiceGroup name="outcome" type="radio" legend={labels.outcome} options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} state={stateOf("end")} />
                <TextField name="outcomeHours" inputMode="decimal" label={labels.outcomeHours} hint={t("ending.outcomeHoursHint")} state={stateOf("end")} className="input-width-xs" />
                <SubmitButton>{t("ending.end")}</SubmitButton>
              </Form>
            </section>
          </>
        ) : null}
        {side === "jobcentre" && view.statusTask ? (
          <section className="stack" aria-labelledby="status-heading">
            <h2 id="status-heading">{t("ending.statusHeading")}</h2>
            {view.statusTask.recorded ? (
              <p>{t("ending.statusRecorded", { date: d(view.statusTask.recorded.onDate), category: t(`statusCategory.${view.statusTask.recorded.category}`) })}</p>
            ) : view.statusTask.open ? (
              <>
                <p>{t("ending.statusLead", { date: d(view.statusTask.dueOn) })}</p>
                <ErrorSummary state={stateOf("status")} labels={labels} />
                <Form method="post" noValidate>
                  <input type="hidden" name="intent" value="status" />
                  <ChoiceGroup name="category" type="radio" legend={labels.category} options={STATUS_CATEGORIES.map((c) => ({ value: c, label: t(`statusCategory.${c}`) }))} state={stateOf("status")} />
                  <TextField name="hours" inputMode="decimal" label={labels.hours} hint={t("ending.statusHoursHint")} state={stateOf("status")} className="input-width-xs" />
                  <SubmitButton>{t("ending.recordStatus")}</SubmitButton>
                </Form>
              </>
            ) : (
              <p>{t("ending.statusLater", { date: d(view.statusTask.dueOn) })}</p>
            )}
          </section>
        ) : null}
      </div>
    </div>
  );
}
