import { DEMANDS } from "~/domain/tasks/vocabulary";
import { WEEKDAYS, type SlotKind, type SlotPurpose } from "~/domain/slots/vocabulary";
import { levelKey } from "~/i18n/tasks/keys";
import { formatCalendarDate, formatList, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export interface SlotDetailsData {
  kind: SlotKind;
  purposeKind: SlotPurpose | null;
  purpose: string;
  companyName: string;
  workplace: { name: string; address: string; postcode: string; city: string };
  startDate: string;
  lengthWeeks: number;
  startHours: number;
  targetHours: number;
  steps: { afterWeeks: number; hours: number }[];
  workingDays: string[];
  dayStart: string;
  dayEnd: string;
  mentorFirstName: string;
  seats: number;
  accessibility: string | null;
  wishes: string | null;
  tasks: {
    id?: number;
    title: string;
    description: string | null;
    hoursFreed: number | null;
    physical: number | null;
    social: number | null;
    language: number | null;
    pace: number | null;
    precision: number | null;
  }[];
}

/** "10 → 15 after 4 weeks → 20 after 8 weeks" */
export function useHoursPlan() {
  const t = useT();
  const locale = useLocale();
  return (slot: { startHours: number; targetHours: number; steps: { afterWeeks: number; hours: number }[]; lengthWeeks: number }) => {
    const n = (v: number) => formatNumber(locale, v);
    const parts = [t("slot.planStart", { hours: n(slot.startHours) })];
    for (const s of slot.steps) parts.push(t("slot.planStep", { hours: n(s.hours), weeks: s.afterWeeks }));
    const last = slot.steps.at(-1);
    if (slot.targetHours !== (last?.hours ?? slot.startHours)) parts.push(t("slot.planTarget", { hours: n(slot.targetHours) }));
    return parts.join(" → ");
  };
}

export function SlotDetails({ slot, showCompany }: { slot: SlotDetailsData; showCompany?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const plan = useHoursPlan();
  const levelLabel = (level: number | null) => {
    const key = levelKey(level);
    return key ? t(key) : undefined;
  };
  const days = formatList(locale, WEEKDAYS.filter((d) => slot.workingDays.includes(d)).map((d) => t(`weekdayInText.${d}`)));
  return (
    <>
      <p className="font-lead">{slot.purpose}</p>
      <dl className="summary-list">
        <dt>{t("field.slotKind")}</dt>
        <dd>{t(`slotKind.${slot.kind}`)}</dd>
        <dt>{t("field.purposeKind")}</dt>
        <dd>{slot.purposeKind ? t(`slotPurpose.${slot.purposeKind}`) : "–"}</dd>
        {showCompany ? (
          <>
            <dt>{t("field.company")}</dt>
            <dd>{slot.companyName}</dd>
          </>
        ) : null}
        <dt>{t("field.workplace")}</dt>
        <dd>
          {slot.workplace.name}, {slot.workplace.address}, {slot.workplace.postcode} {slot.workplace.city}
        </dd>
        <dt>{t("field.startDate")}</dt>
        <dd>{formatCalendarDate(locale, slot.startDate)}</dd>
        <dt>{t("field.lengthWeeks")}</dt>
        <dd>{t("slot.weeks", { count: slot.lengthWeeks })}</dd>
        <dt>{t("slot.hoursPlan")}</dt>
        <dd>{plan(slot)}</dd>
        <dt>{t("field.workingDays")}</dt>
        <dd>
          {t("slot.daysAndTimes", { days, from: slot.dayStart, to: slot.dayEnd })}
        </dd>
        <dt>{t("field.mentor")}</dt>
        <dd>{slot.mentorFirstName}</dd>
        <dt>{t("field.seats")}</dt>
        <dd>{slot.seats}</dd>
        <dt>{t("field.accessibility")}</dt>
        <dd>{slot.accessibility ?? "–"}</dd>
        <dt>{t("field.wishes")}</dt>
        <dd>{slot.wishes ?? "–"}</dd>
      </dl>
      <h2>{t("slot.tasksHeading")}</h2>
      <ul className="slot-tasks">
        {slot.tasks.map((task, i) => (
          <li key={task.id ?? i}>
            <strong>{task.title}</strong>
            {task.hoursFreed != null ? ` – ${t("tasks.hoursValue", { hours: formatNumber(locale, task.hoursFreed) })}` : ""}
            {task.description ? <p>{task.description}</p> : null}
            <p className="form-hint">
              {DEMANDS.map((d) => `${t(`demand.${d}`)}: ${levelLabel(task[d]) ?? "–"}`).join(" · ")}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
