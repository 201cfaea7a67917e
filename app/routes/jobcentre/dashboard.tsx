import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { barChartView, lineChartView } from "~/charts/layout.server";
import { BarChart, LineChart } from "~/components/chart";
import { pageMeta } from "~/components/page-meta";
import { FlagNamesIn } from "~/components/flag-names";
import { DASHBOARD_SCOPES, PERIOD_KINDS, type KeyFigure } from "~/domain/dashboard/figures";
import { derivedFrom } from "~/domain/dashboard/cache.server";
import { jobcentreDashboard, type JobcentreDashboard } from "~/domain/dashboard/queries.server";
import { ownTeam } from "~/domain/users/teams.server";
import { Alert } from "~/components/alerts";
import { copenhagenDate } from "~/domain/shared/working-days";
import { parseDashboardFilters } from "~/http/filters/dashboard.server";
import { formatCalendarDate, formatNumber } from "~/i18n/translate";
import { SelectFilter } from "~/components/filter-fields";
import { monthLabeller } from "~/i18n/month-label";
import { useLocale, useT } from "~/i18n/use-t";
import type { T } from "~/i18n/translate";
import type { Locale } from "~/i18n/locales";
import { Kept } from "~/components/kept-markup";

const grid = { className: "dashboard-grid" };

export const meta = pageMeta("title.dashboard");

/** The jobcentre's dashboard: what waits today, and the period's figures for the actor or the whole jobcentre. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const filters = parseDashboardFilters(new URL(args.request.url).searchParams, copenhagenDate(ctx.now));
  const team = ownTeam(ctx);
  // "My team" without a team: the page explains it instead of showing a team of nobody (decision 033).
  if (filters.scope === "team" && team === null) return { filters, team, noTeam: true as const };
  const d = jobcentreDashboard(ctx, filters);
  return { filters, team, noTeam: false as const, userId: ctx.actor.userId, ...derivedFrom(d, "page", () => pageView(d)) };
}

/**
 * What the page shows of the figures, made once per kept figures (decision 052): a repeat view
 * from memory (decision 045) no longer lays out the charts again.
 */
function pageView(d: JobcentreDashboard) {
  return {
    // The list names each flag only (FlagNames); the figures behind a flag are the placement page's.
    work: { ...d.work, atRisk: { total: d.work.atRisk.total, rows: d.work.atRisk.rows.map((r) => ({ ...r, flags: r.flags.map((f) => ({ kind: f.kind })) })) } },
    figures: d.figures,
    // What the page shows, no more: the key figures carry the hours and timing it prints, the
    // decline chart the reasons' counts (turbo-stream encodes everything returned, decision 052).
    declines: { total: d.declines.total },
    // The charts' geometry is worked out here; the page gets plain numbers.
    declineChart: barChartView({
      bars: d.declines.byReason.map((r) => ({ id: r.reason, value: r.n })),
    }),
    trendChart: lineChartView({
      xs: d.months,
      series: [
        { id: "proposals" as const, values: d.trends.proposals },
        { id: "starts" as const, values: d.trends.starts },
        { id: "declines" as const, values: d.trends.declines },
      ],
      yMaxAtLeast: 4,
    }),
    daysChart: lineChartView({
      xs: d.months,
      series: [{ id: "daysToProposal" as const, values: d.trends.daysToProposal }],
      yMaxAtLeast: 10,
    }),
  };
}

type AllData = ReturnType<typeof useLoaderData<typeof loader>>;
type Data = Extract<AllData, { noTeam: false }>;

// WorkList and FigureCard are drawn inside `Kept` (decision 078): no hooks, `t` and the locale come in.
function WorkList({ t, locale, id, title, total, href, hint, children }: { t: T; locale: Locale; id: string; title: string; total: number; href: string; hint?: string; children: ReactNode }) {
  return (
    <section className="dashboard-card" aria-labelledby={id}>
      <h3 id={id} className="h4">
        {title}
      </h3>
      <p className="key-figure">{formatNumber(locale, total)}</p>
      {hint ? <p className="form-hint">{hint}</p> : null}
      {total > 0 ? <ul className="nobullet-list">{children}</ul> : null}
      <p>
        <a href={href}>{t("dashboard.work.seeAll", { count: total })}</a>
      </p>
    </section>
  );
}

/** A slot in the work lists: its title and company as a link, then how long it has waited. */
function slotRows(rows: readonly { id: number; title: string; companyName: string; days: number }[], waited: (days: number) => string) {
  return rows.map((r) => (
    <li key={r.id}>
      <a href={`/jobcentre/slots/${r.id}`}>{`${r.title}, ${r.companyName}`}</a>
      {` – ${waited(r.days)}`}
    </li>
  ));
}

function FigureCard({ t, locale, figure }: { t: T; locale: Locale; figure: KeyFigure }) {
  const num = (v: number) => formatNumber(locale, v, 1);
  let value: string;
  let basis: string;
  switch (figure.kind) {
    case "hoursRange":
      value =
        figure.from === null || figure.to === null
          ? "–"
          : t("dashboard.figure.hoursRangeValue", {
              from: num(figure.from),
              to: num(figure.to),
            });
      basis = t("dashboard.figure.basisPlacements", { count: figure.n });
      break;
    case "share":
      value =
        figure.value.share === null
          ? "–"
          : t("dashboard.figure.shareValue", {
              share: formatNumber(locale, Math.round(figure.value.share * 100)),
            });
      basis = t("dashboard.figure.basisShare", {
        n: figure.value.n,
        count: figure.value.of,
      });
      break;
    case "days":
      value = figure.value === null ? "–" : t("dashboard.figure.daysValue", { days: num(figure.value) });
      basis = t("dashboard.figure.basisSlots", { count: figure.n });
      break;
  }
  return (
    <section className="dashboard-card" aria-labelledby={`figure-${figure.id}`}>
      <h3 id={`figure-${figure.id}`} className="h4">
        {t(`dashboard.figure.${figure.id}.title`)}
      </h3>
      <p className="key-figure">{value}</p>
      <p className="form-hint">{basis}</p>
      <details>
        <summary>{t("dashboard.figure.howCounted")}</summary>
        <p>{t(`dashboard.figure.${figure.id}.definition`)}</p>
      </details>
    </section>
  );
}

export default function JobcentreDashboard() {
  const t = useT();
  const data: AllData = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("dashboard.title")}</h1>
      <p className="font-lead">{t("dashboard.lead")}</p>
      <DashboardFilters filters={data.filters} />
      {data.noTeam ? (
        <Alert kind="info" heading={t("dashboard.noTeam")}>
          <p>{t("dashboard.noTeamText")}</p>
        </Alert>
      ) : (
        <DashboardBody data={data} />
      )}
    </div>
  );
}

function DashboardFilters({ filters }: { filters: AllData["filters"] }) {
  const t = useT();
  return (
    <Form method="get" aria-label={t("dashboard.filters")}>
      <div className="filter-form">
        <SelectFilter
          name="period"
          label={t("dashboard.period")}
          options={PERIOD_KINDS.map((k) => ({
            value: k,
            label: t(`dashboard.period.${k}`),
          }))}
          defaultValue={filters.period}
        />
        <div className="form-group">
          <label className="form-label" htmlFor="from">
            {t("dashboard.from")}
          </label>
          <input className="form-input" type="date" id="from" name="from" defaultValue={filters.from} aria-describedby="custom-hint" />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="to">
            {t("dashboard.to")}
          </label>
          <input className="form-input" type="date" id="to" name="to" defaultValue={filters.to} aria-describedby="custom-hint" />
        </div>
        <SelectFilter
          name="scope"
          label={t("dashboard.scope")}
          options={DASHBOARD_SCOPES.map((s) => ({
            value: s,
            label: t(`dashboard.scope.${s}`),
          }))}
          defaultValue={filters.scope}
        />
      </div>
      <p className="form-hint" id="custom-hint">
        {t("dashboard.customHint")}
      </p>
      <button type="submit" className="button button-primary">
        {t("dashboard.show")}
      </button>
    </Form>
  );
}

function DashboardBody({ data }: { data: Data }) {
  const t = useT();
  const locale = useLocale();
  const { filters, work } = data;
  const period = {
    from: formatCalendarDate(locale, filters.from),
    to: formatCalendarDate(locale, filters.to),
  };
  const month = monthLabeller(locale, filters.from, filters.to);
  const mine = filters.scope !== "jobcentre";
  // The lists behind the figures keep the scope: "mine" as the responsible consultant, "my team" as the team.
  const people = filters.scope === "mine" ? `&responsible=${data.userId}` : filters.scope === "team" && data.team ? `&team=${encodeURIComponent(data.team)}` : "";
  const consentHref = `/jobcentre/candidates?consent=expiring&sort=consent${people}`;
  // What the kept parts read besides their figures: the language and the period (the month labels, the descriptions).
  // The slots' lists are the whole jobcentre's, whatever the scope: their cards say so under "mine" and "my team".
  const slotCard = { t, locale, hint: mine ? t("dashboard.slotsWholeJobcentre") : undefined };
  const keep = `${locale}\u0000${filters.from}\u0000${filters.to}`;
  return (
    <>
      <p role="status">
        {filters.scope === "team" && data.team
          ? t("dashboard.showingTeam", { ...period, team: data.team })
          : t(filters.scope === "mine" ? "dashboard.showingMine" : "dashboard.showingJobcentre", period)}
      </p>

      <h2>{t("dashboard.work.heading")}</h2>
      {/* The lists, the figures and the charts are drawn once per kept figures, language and period (decision 078). */}
      <Kept as="div" props={grid} on={work} keptKey={`${keep}\u0000${filters.scope}\u0000${people}`}>
        {() => (
          <>
            <WorkList {...slotCard} id="work-review" title={t("dashboard.work.review")} total={work.review.total} href="/jobcentre/review">
              {slotRows(work.review.rows, (days) => (days === 0 ? t("dashboard.work.waitingToday") : t("dashboard.work.waitingDays", { count: days })))}
            </WorkList>
            <WorkList {...slotCard} id="work-open" title={t("dashboard.work.openWithoutProposal")} total={work.openWithoutProposal.total} href="/jobcentre/board?withoutProposal=1&sort=oldest">
              {slotRows(work.openWithoutProposal.rows, (days) => (days === 0 ? t("dashboard.work.openedToday") : t("dashboard.work.openDays", { count: days })))}
            </WorkList>
            <WorkList t={t} locale={locale} id="work-risk" title={t("dashboard.work.atRisk")} total={work.atRisk.total} href={`/jobcentre/placements?atRisk=1${people}`}>
              {work.atRisk.rows.map((r) => (
                <li key={r.id}>
                  <a href={`/jobcentre/placements/${r.id}`}>{`${r.alias} – ${r.slotTitle}, ${r.companyName}`}</a>
                  <FlagNamesIn t={t} flags={r.flags} />
                </li>
              ))}
            </WorkList>
            <WorkList t={t} locale={locale} id="work-consents" title={t("dashboard.work.expiringConsents")} total={work.expiringConsents.total} href={consentHref}>
              {work.expiringConsents.rows.map((r) => (
                <li key={r.id}>
                  <a href={`/jobcentre/candidates/${r.id}`}>{r.alias}</a>
                  {` – ${t("dashboard.work.expiresOn", { date: formatCalendarDate(locale, r.expiresOn) })}`}
                </li>
              ))}
            </WorkList>
          </>
        )}
      </Kept>

      <h2>{t("dashboard.figures.heading")}</h2>
      <Kept as="div" props={grid} on={data.figures} keptKey={keep}>
        {() => data.figures.map((f) => <FigureCard key={f.id} t={t} locale={locale} figure={f} />)}
      </Kept>
      <LineChart
        view={data.trendChart}
        title={t("dashboard.trend.title")}
        description={t("dashboard.trend.description", period)}
        seriesLabel={(id) => t(`dashboard.trend.${id}`)}
        formatX={month}
        xLabel={t("dashboard.month")}
        yLabel={t("dashboard.count")}
        keep={keep}
      />
      <LineChart
        view={data.daysChart}
        title={t("dashboard.daysTrend.title")}
        description={t("dashboard.daysTrend.description", period)}
        seriesLabel={() => t("dashboard.daysTrend.series")}
        formatX={month}
        xLabel={t("dashboard.month")}
        yLabel={t("dashboard.days")}
        keep={keep}
      />
      <h2>{t("dashboard.declines.heading")}</h2>
      <p>{t("dashboard.declines.total", { count: data.declines.total })}</p>
      {data.declines.total > 0 ? (
        <BarChart
          view={data.declineChart}
          title={t("dashboard.declines.chart")}
          description={t("dashboard.declines.description", {
            count: data.declines.total,
            ...period,
          })}
          barLabel={(id) => t(`declineReason.${id}`)}
          categoryLabel={t("field.declineReason")}
          valueLabel={t("dashboard.count")}
          keep={keep}
        />
      ) : null}
      <p>
        <a href={`/jobcentre/decline-reasons?from=${filters.from}&to=${filters.to}`}>{t("dashboard.declines.more")}</a>
      </p>
    </>
  );
}
