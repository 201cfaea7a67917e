import { ADAPTATIONS, DEMANDS, type Frequency, type LearningTime, type TaskStatus } from "~/domain/tasks/vocabulary";
import { levelKey } from "~/i18n/tasks/keys";
import { formatDate, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export interface TaskDetailsData {
  title: string;
  description: string | null;
  department: string | null;
  workplaceName: string | null;
  relievedRole: string | null;
  hoursFreed: number | null;
  frequency: Frequency | null;
  learningTime: LearningTime | null;
  physical: number | null;
  social: number | null;
  language: number | null;
  pace: number | null;
  precision: number | null;
  adaptations: string[];
  status: TaskStatus;
  updatedAt: string | Date;
  /** Whether the task came from the finder and, if so, whether HR has adapted it yet. */
  finderOrigin: "untouched" | "adapted" | null;
}

export function TaskDetails({ task }: { task: TaskDetailsData }) {
  const t = useT();
  const locale = useLocale();
  const dash = "–";
  const levelLabel = (level: number | null) => {
    const key = levelKey(level);
    return key ? t(key) : undefined;
  };
  return (
    <>
      <p className="font-lead">{task.description ?? t("tasks.noDescription")}</p>
      <dl className="summary-list">
        <dt>{t("field.status")}</dt>
        <dd>{t(`taskStatus.${task.status}`)}</dd>
        <dt>{t("field.hoursFreed")}</dt>
        <dd>{task.hoursFreed != null ? t("tasks.hoursValue", { hours: formatNumber(locale, task.hoursFreed) }) : dash}</dd>
        <dt>{t("field.relievedRole")}</dt>
        <dd>{task.relievedRole ?? dash}</dd>
        <dt>{t("field.workplace")}</dt>
        <dd>{task.workplaceName ?? dash}</dd>
        <dt>{t("field.department")}</dt>
        <dd>{task.department ?? dash}</dd>
        <dt>{t("field.frequency")}</dt>
        <dd>{task.frequency ? t(`frequency.${task.frequency}`) : dash}</dd>
        <dt>{t("field.learningTime")}</dt>
        <dd>{task.learningTime ? t(`learningTime.${task.learningTime}`) : dash}</dd>
        {DEMANDS.map((d) => (
          <div key={d} className="summary-list-row">
            <dt>{t(`demand.${d}`)}</dt>
            <dd>{levelLabel(task[d]) ?? dash}</dd>
          </div>
        ))}
        <dt>{t("field.adaptations")}</dt>
        <dd>
          {task.adaptations.length
            ? ADAPTATIONS.filter((a) => task.adaptations.includes(a))
                .map((a) => t(`adaptation.${a}`))
                .join(", ")
            : dash}
        </dd>
        <dt>{t("tasks.updated")}</dt>
        <dd>{formatDate(locale, task.updatedAt)}</dd>
      </dl>
      {task.finderOrigin ? <p className="form-hint">{t(task.finderOrigin === "adapted" ? "tasks.fromFinder" : "tasks.fromFinderUntouched")}</p> : null}
    </>
  );
}
