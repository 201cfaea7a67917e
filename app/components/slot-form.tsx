import { Form, useFetcher } from "@remix-run/react";
import { Icon } from "./icon";
import { useEffect, useRef, useState } from "react";
import { RULES } from "~/domain/rules/rules";
import { SLOT_KINDS, SLOT_PURPOSES, WEEKDAYS, type SlotPurpose } from "~/domain/slots/vocabulary";
import { formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField, type FormState } from "./form";
import { ReasonablenessMeter, type MeterView } from "./meter";
import { workplaceChoices, type WorkplaceChoice } from "~/domain/companies/workplace-choice";

export interface SlotFormValues {
  kind: string;
  title: string;
  purposeKind: SlotPurpose | null;
  purpose: string;
  workplaceId: number;
  taskIds: number[];
  startDate: string;
  lengthWeeks: number;
  startHours: number;
  targetHours: number;
  steps: { afterWeeks: number; hours: number }[];
  workingDays: string[];
  dayStart: string;
  dayEnd: string;
  mentorUserId: number;
  seats: number;
  accessibility: string | null;
  wishes: string | null;
  version: number;
  id: number;
}

const decimal = (v: number | undefined) => (v === undefined ? "" : String(v).replace(".", ","));

/**
 * The slot form. Without JavaScript the meter shows the saved state and the rule is checked
 * on submit; with JavaScript it follows the fields as HR types.
 */
export function SlotForm(props: {
  state?: FormState | null;
  slot?: SlotFormValues;
  workplaces: WorkplaceChoice[];
  tasks: { id: number; title: string; hoursFreed: number | null }[];
  mentors: { id: number; name: string }[];
  meter: MeterView | null;
  cancelHref: string;
  submitLabel: string;
  /** Said beside the save button, before saving: what saving will set off. */
  saveNotice?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const { slot, state } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const fetcher = useFetcher<{ meter: MeterView | null }>();
  const [meter, setMeter] = useState(props.meter);
  useEffect(() => {
    if (fetcher.data) setMeter(fetcher.data.meter);
  }, [fetcher.data]);
  const refreshMeter = () => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const key of ["workplaceId", "kind", "seats", "startHours", "targetHours"]) params.set(key, String(data.get(key) ?? ""));
    if (slot) params.set("slotId", String(slot.id));
    fetcher.load(`/company/meter?${params.toString()}`);
  };
  const labels: Record<string, string> = {
    kind: t("field.slotKind"),
    title: t("field.slotTitle"),
    purposeKind: t("field.purposeKind"),
    purpose: t("field.purpose"),
    workplaceId: t("field.workplace"),
    taskIds: t("field.slotTasks"),
    startDate: t("field.startDate"),
    lengthWeeks: t("field.lengthWeeks"),
    startHours: t("field.startHours"),
    targetHours: t("field.targetHours"),
    step1Weeks: t("field.stepWeeks", { n: 1 }),
    step1Hours: t("field.stepHours", { n: 1 }),
    step2Weeks: t("field.stepWeeks", { n: 2 }),
    step2Hours: t("field.stepHours", { n: 2 }),
    workingDays: t("field.workingDays"),
    dayStart: t("field.dayStart"),
    dayEnd: t("field.dayEnd"),
    mentorUserId: t("field.mentor"),
    seats: t("field.seats"),
    accessibility: t("field.accessibility"),
    wishes: t("field.wishes"),
  };
  const step = (n: 0 | 1) => slot?.steps[n];
  return (
    <>
      <ErrorSummary state={state} labels={labels} />
      <Form method="post" noValidate ref={formRef} onChange={refreshMeter}>
        {slot ? <input type="hidden" name="version" value={slot.version} /> : null}
        <ChoiceGroup name="kind" type="radio" legend={labels.kind!} options={SLOT_KINDS.map((k) => ({ value: k, label: t(`slotKind.${k}`) }))} state={state} checked={[slot?.kind ?? "praktik"]} />
        <TextField name="title" label={labels.title!} hint={t("hint.slotTitle")} state={state} defaultValue={slot?.title} />
        <ChoiceGroup
          name="purposeKind"
          type="radio"
          legend={labels.purposeKind!}
          hint={t("hint.purposeKind")}
          options={SLOT_PURPOSES.map((p) => ({ value: p, label: t(`slotPurpose.${p}`) }))}
          state={state}
          checked={slot?.purposeKind ? [slot.purposeKind] : []}
        />
        <TextArea name="purpose" label={labels.purpose!} hint={t("hint.purpose")} rows={3} state={state} defaultValue={slot?.purpose} />
        <SelectField
          name="workplaceId"
          label={labels.workplaceId!}
          placeholder={t("form.choose")}
          {...workplaceChoices(props.workplaces)}
          state={state}
          defaultValue={slot?.workplaceId ?? (props.workplaces.length === 1 ? props.workplaces[0]!.id : "")}
        />
        <ChoiceGroup
          name="taskIds"
          type="checkbox"
          legend={labels.taskIds!}
          hint={props.tasks.length ? t("hint.slotTasks") : t("hint.noActiveTasks")}
          options={props.tasks.map((task) => ({
            value: String(task.id),
            label: task.hoursFreed != null ? `${task.title} (${t("tasks.hoursValue", { hours: formatNumber(locale, task.hoursFreed) })})` : task.title,
          }))}
          state={state}
          checked={(slot?.taskIds ?? []).map(String)}
        />
        <TextField name="startDate" type="date" label={labels.startDate!} className="input-width-s" state={state} defaultValue={slot?.startDate} />
        <TextField
          name="lengthWeeks"
          label={labels.lengthWeeks!}
          hint={t("hint.lengthWeeks")}
          inputMode="numeric"
          className="input-width-xs"
          state={state}
          defaultValue={slot?.lengthWeeks ?? RULES.slots.defaultLengthWeeks}
        />
        <fieldset className="fieldset-block">
          <legend className="h3">{t("slot.hoursPlan")}</legend>
          <p>{t("slot.hoursPlanLead")}</p>
          <div className="hours-plan">
            <TextField name="startHours" label={labels.startHours!} inputMode="decimal" className="input-width-xs" state={state} defaultValue={decimal(slot?.startHours)} />
            <TextField name="targetHours" label={labels.targetHours!} inputMode="decimal" className="input-width-xs" state={state} defaultValue={decimal(slot?.targetHours)} />
          </div>
          <div className="hours-plan">
            <TextField name="step1Weeks" label={labels.step1Weeks!} inputMode="numeric" className="input-width-xs" state={state} defaultValue={step(0)?.afterWeeks} />
            <TextField name="step1Hours" label={labels.step1Hours!} inputMode="decimal" className="input-width-xs" state={state} defaultValue={decimal(step(0)?.hours)} />
          </div>
          <div className="hours-plan">
            <TextField name="step2Weeks" label={labels.step2Weeks!} inputMode="numeric" className="input-width-xs" state={state} defaultValue={step(1)?.afterWeeks} />
            <TextField name="step2Hours" label={labels.step2Hours!} inputMode="decimal" className="input-width-xs" state={state} defaultValue={decimal(step(1)?.hours)} />
          </div>
        </fieldset>
        <ChoiceGroup
          name="workingDays"
          type="checkbox"
          inline
          legend={labels.workingDays!}
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
          state={state}
          checked={slot?.workingDays ?? ["mon", "tue", "wed", "thu", "fri"]}
        />
        <div className="hours-plan">
          <TextField name="dayStart" label={labels.dayStart!} hint={t("hint.time")} className="input-width-xs" state={state} defaultValue={slot?.dayStart ?? "08:00"} />
          <TextField name="dayEnd" label={labels.dayEnd!} hint={t("hint.timeEnd")} className="input-width-xs" state={state} defaultValue={slot?.dayEnd ?? "12:00"} />
        </div>
        <SelectField
          name="mentorUserId"
          label={labels.mentorUserId!}
          hint={t("hint.mentor")}
          placeholder={t("form.choose")}
          options={props.mentors.map((m) => ({ value: String(m.id), label: m.name }))}
          state={state}
          defaultValue={slot?.mentorUserId}
        />
        <TextField name="seats" label={labels.seats!} inputMode="numeric" className="input-width-xs" state={state} defaultValue={slot?.seats ?? 1} />
        <TextArea name="accessibility" label={labels.accessibility!} hint={t("hint.accessibility")} rows={3} state={state} defaultValue={slot?.accessibility} />
        <TextArea name="wishes" label={labels.wishes!} hint={t("hint.wishes")} rows={3} state={state} defaultValue={slot?.wishes} />
        {meter ? <ReasonablenessMeter meter={meter} live /> : null}
        {props.saveNotice ? (
          <div className="alert alert-warning" id="save-notice">
            <Icon name="warning" className="alert-icon" label={t("alert.icon.warning")} />
            <div className="alert-body">
              <p className="alert-text">{props.saveNotice}</p>
            </div>
          </div>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {props.submitLabel}
          </button>
          <a href={props.cancelHref} className="function-link">
            {t("form.cancel")}
          </a>
        </div>
      </Form>
    </>
  );
}
