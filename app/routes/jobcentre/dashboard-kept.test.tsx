import type { ComponentProps } from "react";
import { describe, expect, it, vi } from "vitest";
import { barChartView, lineChartView } from "~/charts/layout.server";
import { KeptMarkupRenderer, type RenderMarkup } from "~/components/kept-markup";
import { renderMarkup } from "~/components/kept-markup.server";
import type { KeyFigure } from "~/domain/dashboard/figures";
import { DECLINE_REASONS } from "~/domain/proposals/vocabulary";
import { FLAG_KINDS } from "~/domain/placements/flags";
import { translator } from "~/i18n/translate";
import type { Locale } from "~/i18n/locales";
import JobcentreDashboard from "./dashboard";
import { streamed } from "../../../tests/react-stream";

/*
 * Decision 078: the dashboard's lists, figures and charts are drawn once per kept figures,
 * language and period and then sent as kept markup. Every page here is rendered as the server
 * renders pages (React's stream) three ways — drawn in full (no renderer: the browser's way and
 * main's), drawn and kept (the first view), and from what was kept (a repeat view) — over many
 * shapes of data, both languages and every scope, and the three must be the same bytes. The same
 * data objects are drawn again in the other language and another period: the kept markup of the
 * first must not answer for them.
 */

const page = vi.hoisted(() => ({ data: {} as unknown, locale: "da" as "da" | "en" }));
vi.mock("@remix-run/react", () => ({
  Form: (props: ComponentProps<"form">) => <form {...props} />,
  useLoaderData: () => page.data,
}));
vi.mock("~/i18n/use-t", async () => {
  const { translator: tr } = await import("~/i18n/translate");
  return { useLocale: () => page.locale, useT: () => tr(page.locale) };
});

/** A small seeded generator: the same shapes on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

const TEXTS = ["Lager", "Køkkenhjælp & opvask", "Café <Øst>", 'Pakkeri "Nord"', "Ældrepleje – nat", "x", "Åben's butik"];

function dashboardData(seed: number) {
  const r = random(seed);
  const rows = <T,>(make: (i: number) => T) => Array.from({ length: r.int(6) }, (_, i) => make(i));
  const maybe = <T,>(v: T): T | null => (r.int(4) === 0 ? null : v);
  const share = () => {
    const of = r.int(3) === 0 ? 0 : r.int(2000);
    const n = of === 0 ? 0 : r.int(of + 1);
    return { n, of, share: of === 0 ? null : n / of };
  };
  const scope = r.pick(["mine", "team", "jobcentre"] as const);
  const from = r.pick(["2026-01-01", "2026-10-01", "2025-12-01", "2024-02-29", "2026-02-10"]);
  const to = r.pick(["2026-12-31", "2026-11-30", "2026-02-20", "2026-03-31"]);
  const months = Array.from({ length: 1 + r.int(24) }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  const values = (scale: number) => months.map(() => (r.int(5) === 0 ? null : r.int(3) === 0 ? Math.round(r.next() * scale * 10) / 10 : r.int(scale)));
  const figures: KeyFigure[] = [
    { id: "reached13Weeks", kind: "share", value: share() },
    { id: "paidHours", kind: "share", value: share() },
    { id: "inWorkAfter3Months", kind: "share", value: share() },
    { id: "hoursProgression", kind: "hoursRange", from: maybe(r.int(370) / 10), to: maybe(r.int(370) / 10), n: r.int(5000) },
    { id: "lowHoursRaised", kind: "share", value: share() },
    { id: "daysToProposal", kind: "days", value: maybe(r.int(900) / 10), n: r.int(3000) },
    { id: "daysToStart", kind: "days", value: maybe(r.int(900) / 10), n: r.int(3000) },
  ];
  const declines = DECLINE_REASONS.filter(() => r.int(3) > 0).map((reason) => ({ id: reason, value: r.int(3) === 0 ? 0 : r.int(1500) }));
  const total = r.int(4) === 0 ? 0 : declines.reduce((sum, b) => sum + b.value, 0) + 1;
  return {
    filters: { period: r.pick(["thisQuarter", "lastQuarter", "thisYear", "custom"] as const), from, to, scope },
    team: scope === "team" || r.int(2) === 0 ? r.pick(["Team Nord", "Hold & Co"]) : null,
    noTeam: false as const,
    userId: 1 + r.int(500),
    work: {
      review: { total: r.int(3000), rows: rows((i) => ({ id: i + 1, title: r.pick(TEXTS), companyName: r.pick(TEXTS), days: r.int(3) === 0 ? 0 : r.int(400) })) },
      openWithoutProposal: { total: r.int(3000), rows: rows((i) => ({ id: i + 1, title: r.pick(TEXTS), companyName: r.pick(TEXTS), days: r.int(3) === 0 ? 0 : r.int(400) })) },
      atRisk: {
        total: r.int(9000),
        rows: rows((i) => ({ id: i + 1, alias: `K-${r.int(99999)}`, slotTitle: r.pick(TEXTS), companyName: r.pick(TEXTS), flags: FLAG_KINDS.filter(() => r.int(3) === 0).map((kind) => ({ kind })) })),
      },
      expiringConsents: { total: r.int(1200), rows: rows((i) => ({ id: i + 1, alias: `K-${r.int(99999)}`, expiresOn: r.pick(["2026-12-03", "2027-01-15", "2026-12-31"]) })) },
    },
    figures,
    declines: { total },
    declineChart: barChartView({ bars: declines }),
    trendChart: lineChartView({
      xs: months,
      series: [
        { id: "proposals" as const, values: values(600) },
        { id: "starts" as const, values: values(300) },
        { id: "declines" as const, values: values(200) },
      ],
      yMaxAtLeast: 4,
    }),
    daysChart: lineChartView({ xs: months, series: [{ id: "daysToProposal" as const, values: values(60) }], yMaxAtLeast: 10 }),
  };
}

let rendered = 0;
const counting: RenderMarkup = (children) => {
  rendered++;
  return renderMarkup(children);
};

async function drawn(data: unknown, locale: Locale, kept: boolean) {
  page.data = data;
  page.locale = locale;
  return streamed(
    kept ? (
      <KeptMarkupRenderer value={counting}>
        <JobcentreDashboard />
      </KeptMarkupRenderer>
    ) : (
      <JobcentreDashboard />
    ),
  );
}

describe("the dashboard drawn once and kept (decision 078)", () => {
  it("sends the same bytes drawn in full, drawn and kept, and from what was kept, over 150 shapes, both languages and every scope", async () => {
    for (let seed = 1; seed <= 150; seed++) {
      const data = dashboardData(seed);
      for (const locale of ["da", "en"] as const) {
        const plain = await drawn(data, locale, false);
        expect(plain).toContain(translator(locale)("dashboard.figures.heading"));
        rendered = 0;
        const first = await drawn(data, locale, true);
        // The two lists' grids and the three charts (the decline chart only with declines).
        expect(rendered).toBe(data.declines.total > 0 ? 5 : 4);
        rendered = 0;
        const repeat = await drawn(data, locale, true);
        expect(rendered).toBe(0);
        expect(first, `seed ${seed} ${locale}`).toBe(plain);
        expect(repeat, `seed ${seed} ${locale}`).toBe(plain);
      }
    }
  }, 120_000);

  it("draws the same kept figures again for another period or scope", async () => {
    const data = dashboardData(7);
    await drawn(data, "da", true);
    for (const filters of [
      { ...data.filters, from: "2023-05-01" },
      { ...data.filters, to: "2027-01-31" },
      { ...data.filters, scope: data.filters.scope === "mine" ? ("jobcentre" as const) : ("mine" as const) },
    ]) {
      const other = { ...data, filters };
      rendered = 0;
      const kept = await drawn(other, "da", true);
      expect(rendered).toBeGreaterThan(0);
      expect(kept).toBe(await drawn(other, "da", false));
    }
  });
});
