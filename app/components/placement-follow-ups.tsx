import { formatCalendarDate, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import type { AdjustmentStatus, FollowUpStatus } from "~/domain/placements/vocabulary";
import type { Weekday } from "~/domain/slots/vocabulary";

interface FollowUpRow {
  id: number;
  week: number;
  dueDate: string;
  status: FollowUpStatus;
  open: boolean;
  overdue: boolean;
}

interface AdjustmentRow {
  id: number;
  status: AdjustmentStatus;
  hours: number | null;
  days: Weekday[] | null;
  taskIds: number[] | null;
  fromDate: string | null;
}

/** The placement's follow-ups (each a link to fill in or read) and its approved adjustments. */
export function PlacementFollowUps({ base, followUps, adjustments }: { base: string; followUps: FollowUpRow[]; adjustments: AdjustmentRow[] }) {
  const t = useT();
  const locale = useLocale();
  const approved = adjustments.filter((a) => a.status === "approved" && a.fromDate);
  return (
    <>
      <h2>{t("followUps.heading")}</h2>
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("followUps.heading")}>
        <table className="table table--compact">
          <caption className="sr-only">{t("followUps.heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("followUps.week")}</th>
              <th scope="col">{t("followUps.date")}</th>
              <th scope="col">{t("field.status")}</th>
            </tr>
          </thead>
          <tbody>
            {followUps.map((f) => (
              <tr key={f.id}>
                <td>
                  {f.status === "submitted" || f.open ? (
                    <a href={`${base}/follow-ups/${f.id}`}>
                      {t("followUps.week")} {f.week}
                    </a>
                  ) : (
                    `${t("followUps.week")} ${f.week}`
                  )}
                </td>
                <td>{formatCalendarDate(locale, f.dueDate)}</td>
                <td>
                  {t(`followUpStatus.${f.status}`)}
                  {f.overdue ? <strong className="form-error-message"> {t("followUps.overdue")}</strong> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {approved.length ? (
        <>
          <h2>{t("adjustments.heading")}</h2>
          <ul>
            {approved.map((a) => (
              <li key={a.id}>
                {t("adjustment.from", { date: formatCalendarDate(locale, a.fromDate!) })}:{" "}
                {[
                  a.hours !== null ? t("adjustments.hoursPart", { hours: formatNumber(locale, a.hours) }) : null,
                  a.days ? t("adjustment.suggestsDays", { days: a.days.map((d) => t(`weekday.${d}`).toLocaleLowerCase("da")).join(", ") }) : null,
                  a.taskIds ? t("adjustments.tasksChanged") : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
