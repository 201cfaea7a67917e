import { Form } from "@remix-run/react";
import { WEEKDAYS, type HourStep, type Weekday } from "~/domain/slots/vocabulary";
import { formatCalendarDate, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { ChoiceGroup, ErrorSummary, SubmitButton, TextField, type FormState } from "./form";

export interface StartFormView {
  proposalId: number;
  alias: string;
  slotTitle: string;
  kind: string;
  dayStart: string;
  dayEnd: string;
  defaults: { startDate: string; lengthWeeks: number; startHours: number; targetHours: number; steps: HourStep[]; workingDays: Weekday[]; taskIds: number[] };
  taskOptions: { id: number; title: string }[];
  limit: { weeks: number | null; months: number | null; reason?: string; source?: string; appliesFrom?: string } | null;
  mayAssess: boolean;
}

const decimal = (v: number | undefined) => (v === undefined ? "" : String(v).replace(".", ","));

/**
 * Starting a placement: the slot's plan filled in and editable, the tasks, one to three
 * concrete goals, and for løntilskud the total monthly wage cost. A plain POST form (works without JavaScript); the rules are the command's.
 */
export function PlacementStartForm({ view, state }: { view: StartFormView; state?: FormState | null }) {
  const t = useT();
  const locale = useLocale();
  const d = view.defaults;
  const labels: Record<string, string> = {
    startDate: t("field.startDate"),
    lengthWeeks: t("field.lengthWeeks"),
    startHours: t("field.startHours"),
    targetHours: t("field.targetHours"),
    step1Weeks: t("field.stepWeeks", { n: 1 }),
    step1Hours: t("field.stepHours", { n: 1 }),
    step2Weeks: t("field.stepWeeks", { n: 2 }),
    step2Hours: t("field.stepHours", { n: 2 }),
    monthlyWageCost: t("field.monthlyWageCost"),
    workingDays: t("field.workingDays"),
    taskIds: t("placement.tasks"),
    goal1: t("placement.goalN", { n: 1 }),
    goal2: t("placement.goalN", { n: 2 }),
    goal3: t("placement.goalN", { n: 3 }),
    assessmentOn: t("placement.assessmentOn"),
  };
  const limitText = view.limit
    ? view.limit.months !== null
      ? t("placement.limitMonths", { count: view.limit.months })
      : t("placement.limitWeeks", { count: view.limit.weeks ?? 0 })
    : t("placement.noLimit");
  return (
    <>
      <ErrorSummary state={state} labels={labels} />
      <Form method="post" noValidate>
        <input type="hidden" name="proposalId" value={view.proposalId} />
        <TextField name="startDate" type="date" label={labels.startDate!} className="input-width-s" state={state} defaultValue={d.startDate} />
        <TextField name="lengthWeeks" label={labels.lengthWeeks!} hint={`${t("placement.lengthHint")} ${limitText}`} inputMode="numeric" className="input-width-xs" state={state} defaultValue={d.lengthWeeks} />
        {view.limit?.source ? (
          <p className="form-hint">
            {t("placement.rule", { reason: t(`durationReason.${view.limit.reason as "default"}`), source: view.limit.source, from: formatCalendarDate(locale, view.limit.appliesFrom ?? "") })}
          </p>
        ) : null}
        {view.mayAssess ? <TextField name="assessmentOn" type="date" label={labels.assessmentOn!} hint={t("placement.assessmentHint")} className="input-width-s" state={state} /> : null}
        <fieldset className="fieldset-block">
          <legend className="h3">{t("slot.hoursPlan")}</legend>
          <p>{t("placement.hoursLead", { from: view.dayStart, to: view.dayEnd })}</p>
          <div className="hours-plan">
            <TextField name="startHours" label={labels.startHours!} inputMode="decimal" className="input-width-xs" state={state} defaultValue={decimal(d.startHours)} />
            <TextField name="targetHours" label={labels.targetHours!} inputMode="decimal" className="input-width-xs" state={state} defaultValue={decimal(d.targetHours)} />
          </div>
          {[0, 1].map((i) => (
            <div className="hours-plan" key={i}>
              <TextField name={`step${i + 1}Weeks`} label={labels[`step${i + 1}Weeks`]!} inputMode="numeric" className="input-width-xs" state={state} defaultValue={d.steps[i]?.afterWeeks} />
              <TextField name={`step${i + 1}Hours`} label={labels[`step${i + 1}Hours`]!} inputMode="decimal" className="input-width-xs" state={state} defaultValue={decimal(d.steps[i]?.hours)} />
            </div>
          ))}
        </fieldset>
        {/* Løntilskud is paid by the company: the agreement needs its total monthly wage cost. */}
        {view.kind === "loentilskud" ? <TextField name="monthlyWageCost" label={labels.monthlyWageCost!} hint={t("placement.wageCostHint")} inputMode="decimal" className="input-width-s" state={state} /> : null}
        <ChoiceGroup name="workingDays" type="checkbox" inline legend={labels.workingDays!} options={WEEKDAYS.map((w) => ({ value: w, label: t(`weekday.${w}`) }))} state={state} checked={d.workingDays} />
        <ChoiceGroup name="taskIds" type="checkbox" legend={labels.taskIds!} hint={t("placement.tasksHint")} options={view.taskOptions.map((o) => ({ value: String(o.id), label: o.title }))} state={state} checked={d.taskIds.map(String)} />
        <fieldset className="fieldset-block">
          <legend className="h3">{t("placement.goals")}</legend>
          <p>{t("placement.goalsLead")}</p>
          <TextField name="goal1" label={labels.goal1!} hint={t("placement.goalHint", { hours: formatNumber(locale, d.targetHours), week: d.lengthWeeks })} state={state} defaultValue={t("placement.goalSuggestion", { hours: formatNumber(locale, d.targetHours), week: d.lengthWeeks })} />
          <TextField name="goal2" label={labels.goal2!} state={state} />
          <TextField name="goal3" label={labels.goal3!} state={state} />
        </fieldset>
        <div className="button-row">
          <SubmitButton>{t("placement.start")}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
