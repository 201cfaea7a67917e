import { formatCalendarDate, formatList, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import type { placementDetail } from "~/domain/placements/queries.server";
import type { Weekday } from "~/domain/slots/vocabulary";
import type { SerializeFrom } from "@remix-run/node";
import { AgreementPdfLink } from "./agreement-pdf-link";

type View = SerializeFrom<ReturnType<typeof placementDetail>>;

/** A placement's agreement as both sides see it: dates, hours now and planned, days, tasks, goals, people. */
export function PlacementDetails({ p }: { p: View }) {
  const t = useT();
  const locale = useLocale();
  const n = (v: number) => formatNumber(locale, v);
  return (
    <>
      <AgreementPdfLink placementId={p.id} />
      <dl className="summary-list">
        <dt>{t("field.status")}</dt>
        <dd>{t(`placementStatus.${p.status}`)}</dd>
        <dt>{t("placement.period")}</dt>
        <dd>
          {t("placement.periodValue", { from: formatCalendarDate(locale, p.startDate), to: formatCalendarDate(locale, p.plannedEndDate), count: p.weeks })}
        </dd>
        {p.week !== null ? (
          <>
            <dt>{t("placement.weekNow")}</dt>
            <dd>{p.week === 0 ? t("placement.notStartedYet") : t("placement.weekOf", { week: Math.min(p.week, p.weeks), weeks: p.weeks })}</dd>
          </>
        ) : null}
        <dt>{t("placement.hoursNow")}</dt>
        <dd>{t("placement.hoursValue", { hours: n(p.hoursNow), target: n(p.targetHours) })}</dd>
        <dt>{t("field.workingDays")}</dt>
        <dd>{formatList(locale, p.workingDays.map((d: Weekday) => t(`weekdayInText.${d}`)))}</dd>
        <dt>{t("field.mentor")}</dt>
        <dd>{p.mentor.name}</dd>
        {p.consultant ? (
          <>
            <dt>{t("placement.consultant")}</dt>
            <dd>
              {p.consultant.name} (<a href={`mailto:${p.consultant.email}`}>{p.consultant.email}</a>)
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{t("placement.goals")}</h2>
      <ol>
        {p.goals.map((g) => (
          <li key={g.id}>{g.text}</li>
        ))}
      </ol>
      <h2>{t("placement.tasks")}</h2>
      <ul>
        {p.tasks.map((task) => (
          <li key={task.id}>{task.title}</li>
        ))}
      </ul>
      <h2>{t("placement.planHeading")}</h2>
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("placement.planHeading")}>
        <table className="table table--compact">
          <caption className="sr-only">{t("placement.planHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("placement.week")}</th>
              <th scope="col" className="text-align-right">
                {t("placement.plannedHours")}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.plan.map((w) => (
              <tr key={w.week}>
                <td>{t("placement.fromWeek", { week: w.week })}</td>
                <td className="text-align-right">{n(w.hours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("placement.citizen")}</h2>
      <dl className="summary-list">
        <dt>{t("field.ageBand")}</dt>
        <dd>{t(`ageBand.${p.profile.ageBand}`)}</dd>
        <dt>{t("field.strengths")}</dt>
        <dd>{p.profile.strengths}</dd>
        {p.profile.support ? (
          <>
            <dt>{t("section.support")}</dt>
            <dd>
              {p.profile.support.needs.map((s) => t(`supportNeed.${s}`)).join(", ") || t("candidate.notStated")}
              {p.profile.support.text ? ` – ${p.profile.support.text}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      {p.consentLimited ? <p className="form-hint">{t("placement.consentLimited")}</p> : null}
    </>
  );
}
