import { Fragment } from "react";
import { formatDate, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import type { FollowUpAnswers as FollowUpAnswersData } from "~/domain/placements/follow-up-schema";

type AnswersView = FollowUpAnswersData;

/** A submitted follow-up, read by both sides. */
export function FollowUpAnswers({ a, tasks, goals, submittedAt }: { a: AnswersView; tasks: { id: number; title: string }[]; goals: { id: number; text: string }[]; submittedAt: Date | string | null }) {
  const t = useT();
  const locale = useLocale();
  const dash = "–";
  return (
    <>
      <dl className="summary-list">
        <dt>{t("followUp.attendance")}</dt>
        <dd>{a.daysPresent !== null && a.daysPlanned !== null ? t("followUp.attendanceValue", { present: a.daysPresent, planned: a.daysPlanned }) : dash}</dd>
        <dt>{t("followUp.hoursWorked")}</dt>
        <dd>{a.hoursWorked !== null ? formatNumber(locale, a.hoursWorked) : dash}</dd>
        <dt>{t("followUp.wellBeing")}</dt>
        <dd>{a.wellBeing !== null ? t(`wellBeing.${a.wellBeing as 1}`) : dash}</dd>
        {tasks.map((task) => (
          <Fragment key={`t${task.id}`}>
            <dt>{task.title}</dt>
            <dd>{a.taskProgress[String(task.id)] ? t(`taskProgress.${a.taskProgress[String(task.id)]!}`) : dash}</dd>
          </Fragment>
        ))}
        {goals.map((g) => (
          <Fragment key={`g${g.id}`}>
            <dt>{g.text}</dt>
            <dd>{a.goalProgress[String(g.id)] ? t(`goalProgress.${a.goalProgress[String(g.id)]!}`) : dash}</dd>
          </Fragment>
        ))}
        <dt>{t("followUp.wentWell")}</dt>
        <dd>{a.wentWell ?? dash}</dd>
        <dt>{t("followUp.concerns")}</dt>
        <dd>{a.concerns ?? dash}</dd>
      </dl>
      {submittedAt ? <p className="form-hint">{t("followUp.submittedOn", { date: formatDate(locale, submittedAt) })}</p> : null}
    </>
  );
}
