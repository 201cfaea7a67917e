import { formatCalendarDate, formatList, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import type { AdjustmentStatus } from "~/domain/placements/vocabulary";
import type { Weekday } from "~/domain/slots/vocabulary";
import { DataTable } from "./data-table";
import { followUpColumns, type FollowUpRow } from "./lists/follow-up-columns";

interface AdjustmentRow {
  id: number;
  status: AdjustmentStatus;
  hours: number | null;
  days: Weekday[] | null;
  taskIds: number[] | null;
  fromDate: string | null;
}

/**
 * The placement's follow-ups (each a link to fill in or read) and its approved adjustments.
 * The jobcentre gets the follow-ups as CSV (`csvHref`); the company side takes no citizen data out.
 */
export function PlacementFollowUps({ base, followUps, adjustments, csvHref }: { base: string; followUps: FollowUpRow[]; adjustments: AdjustmentRow[]; csvHref?: string }) {
  const t = useT();
  const locale = useLocale();
  const approved = adjustments.filter((a) => a.status === "approved" && a.fromDate);
  return (
    <>
      <h2>{t("followUps.heading")}</h2>
      <DataTable caption={t("followUps.heading")} columns={followUpColumns({ base, withCitizen: false })} rows={followUps} rowKey={(f) => f.id} total={followUps.length} csvHref={csvHref} />
      {approved.length ? (
        <>
          <h2>{t("adjustments.heading")}</h2>
          <ul>
            {approved.map((a) => (
              <li key={a.id}>
                {t("adjustment.from", { date: formatCalendarDate(locale, a.fromDate!) })}:{" "}
                {[
                  a.hours !== null ? t("adjustments.hoursPart", { hours: formatNumber(locale, a.hours) }) : null,
                  a.days ? t("adjustment.suggestsDays", { days: formatList(locale, a.days.map((d) => t(`weekdayInText.${d}`))) }) : null,
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
