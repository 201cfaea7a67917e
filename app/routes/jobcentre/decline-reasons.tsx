import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { barChartView, lineChartView } from "~/charts/layout.server";
import { BarChart, LineChart } from "~/components/chart";
import { DeclinesByIndustry } from "~/components/declines-by-industry";
import { SelectFilter } from "~/components/filter-fields";
import { pageMeta } from "~/components/page-meta";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { derivedFrom } from "~/domain/dashboard/cache.server";
import { declineStatistics, type DeclineStatistics } from "~/domain/proposals/decline-statistics.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { parseDeclinePeriod } from "~/http/filters/declines";
import { formatCalendarDate } from "~/i18n/translate";
import { monthLabeller } from "~/i18n/month-label";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.declineReasons");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const filters = parseDeclinePeriod(new URL(args.request.url).searchParams, copenhagenDate(ctx.now));
  const stats = declineStatistics(ctx, filters);
  // Made once per kept counts (decision 052): a repeat view does not lay out the charts again.
  return { filters, ...derivedFrom(stats, "page", () => pageView(stats)) };
}

function pageView(stats: DeclineStatistics) {
  return {
    // What the page shows, no more: the counts by reason and by month are the charts' figures
    // (turbo-stream encodes everything returned, decision 052).
    stats: { total: stats.total, byReasonAndIndustry: stats.byReasonAndIndustry, otherTexts: stats.otherTexts },
    // The charts' geometry is worked out here; the page gets plain numbers.
    byReasonChart: barChartView({ bars: stats.byReason.map((r) => ({ id: r.reason, value: r.n })) }),
    byMonthChart: lineChartView({ xs: stats.byMonth.map((m) => m.month), series: [{ id: "declines", values: stats.byMonth.map((m) => m.n) }], yMaxAtLeast: 4 }),
  };
}

/** The jobcentre learns from reasons: declines counted by reason, industry and month over a period. */
export default function DeclineReasons() {
  const t = useT();
  const locale = useLocale();
  const { filters, stats, byReasonChart, byMonthChart } = useLoaderData<typeof loader>();
  const period = { from: formatCalendarDate(locale, filters.from), to: formatCalendarDate(locale, filters.to) };
  const scope = filters.industry ? t("declines.inIndustry", { ...period, industry: t(`industry.${filters.industry}`) }) : t("declines.inPeriod", period);
  const month = monthLabeller(locale, filters.from, filters.to);
  return (
    <div className="stack">
      <h1>{t("declines.title")}</h1>
      <p className="font-lead">{t("declines.lead")}</p>
      <p>
        <a href="/jobcentre/proposals?status=declined">{t("declines.list")}</a>
      </p>
      <Form method="get" aria-label={t("declines.period")}>
        <div className="filter-form">
          <div className="form-group">
            <label className="form-label" htmlFor="from">
              {t("declines.from")}
            </label>
            <input className="form-input" type="date" id="from" name="from" defaultValue={filters.from} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="to">
              {t("declines.to")}
            </label>
            <input className="form-input" type="date" id="to" name="to" defaultValue={filters.to} />
          </div>
          <SelectFilter name="industry" label={t("field.industry")} allLabel={t("declines.allIndustries")} defaultValue={filters.industry ?? ""} options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))} />
        </div>
        <button type="submit" className="button button-primary">
          {t("form.filter")}
        </button>
      </Form>
      <p role="status">
        {t("declines.total", { count: stats.total })} ({scope})
      </p>
      {stats.total > 0 ? (
        <>
          <BarChart
            view={byReasonChart}
            title={t("declines.byReason")}
            description={t("declines.byReasonDescription", { count: stats.total, ...period })}
            barLabel={(id) => t(`declineReason.${id}`)}
            categoryLabel={t("field.declineReason")}
            valueLabel={t("declines.count")}
          />
          <LineChart
            view={byMonthChart}
            title={t("declines.byMonth")}
            description={t("declines.byMonthDescription", period)}
            seriesLabel={() => t("declines.count")}
            formatX={month}
            xLabel={t("declines.month")}
            yLabel={t("declines.count")}
          />
          <DeclinesByIndustry rows={stats.byReasonAndIndustry} total={stats.total} />
          {stats.otherTexts.length > 0 ? (
            <>
              <h2>{t("declines.otherTexts")}</h2>
              <ul>
                {stats.otherTexts.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
