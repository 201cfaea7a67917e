import type { PlacementProgressView } from "~/domain/placements/progression";
import { formatCalendarDate, formatList, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { LineChart } from "./chart";

/**
 * A placement's progression on its page (both sides): weekly hours, agreed against worked,
 * with approved adjustments marked; attendance; well-being. Plain SVG from the server with a
 * title, a description and the figures as a table, so it needs no JavaScript.
 */
export function PlacementProgress({ progress }: { progress: PlacementProgressView }) {
  const t = useT();
  const locale = useLocale();
  const week = (w: number) => t("progress.weekN", { week: w });
  const adjustmentLabel = (a: PlacementProgressView["adjustments"][number]) => {
    const changes = [
      ...(a.hours !== null ? [t("progress.adjust.hours", { hours: formatNumber(locale, a.hours) })] : []),
      ...(a.days !== null ? [t("progress.adjust.days", { days: formatList(locale, a.days.map((d) => t(`weekdayInText.${d}`))) })] : []),
      ...(a.tasksChanged ? [t("progress.adjust.tasks")] : []),
    ];
    return t("progress.adjust.from", { date: formatCalendarDate(locale, a.fromDate), changes: formatList(locale, changes) });
  };
  // On the axis the week's number (the axis is named "Uge"), every second one on a long placement.
  const tick = (w: number) => formatNumber(locale, w);
  const every = (points: number) => (points > 13 ? 2 : 1);
  return (
    <section aria-labelledby="progress-heading" className="placement-progress">
      <h2 id="progress-heading">{t("progress.heading")}</h2>
      {progress.currentWeek !== null ? <p>{t("progress.weekOf", { week: progress.currentWeek, total: progress.totalWeeks })}</p> : null}
      <LineChart
        view={progress.hours}
        title={t("progress.hours.title")}
        description={t("progress.hours.description")}
        seriesLabel={(id) => t(`progress.series.${id}`)}
        formatX={week}
        xLabel={t("progress.week")}
        yLabel={t("progress.hours.axis")}
        marks={progress.adjustments.map((a) => ({ xValue: a.week, label: adjustmentLabel(a) }))}
        markLabel={t("progress.adjustmentMark")}
        formatTick={tick}
        xLabelEvery={every(progress.totalWeeks)}
        tableKey={locale}
      />
      <LineChart
        view={progress.attendance}
        title={t("progress.attendance.title")}
        description={t("progress.attendance.description")}
        seriesLabel={(id) => t(`progress.series.${id}`)}
        formatX={week}
        xLabel={t("progress.week")}
        yLabel={t("progress.attendance.axis")}
        formatTick={tick}
        xLabelEvery={every(progress.attendance.xs.length)}
        tableKey={locale}
      />
      <LineChart
        view={progress.wellBeing}
        title={t("progress.wellBeing.title")}
        description={t("progress.wellBeing.description")}
        seriesLabel={(id) => t(`progress.series.${id}`)}
        formatX={week}
        xLabel={t("progress.week")}
        yLabel={t("progress.wellBeing.axis")}
        formatTick={tick}
        xLabelEvery={every(progress.wellBeing.xs.length)}
        tableKey={locale}
      />
    </section>
  );
}
