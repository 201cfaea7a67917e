import { addDays, addMonths } from "../candidates/consent";

/**
 * The jobcentre dashboard's figures, defined here as pure functions over plain rows so each
 * definition (who is in the denominator, which days belong to the period) is tested on small
 * hand-made data (figures.test.ts). The queries only fetch rows; nothing is counted in SQL
 * beyond the tenant and the period, so the definitions live in one place
 * (docs/decisions/029-jobcentre-dashboard.md).
 */

/** A period of whole Danish calendar days, both ends included. */
export interface Period {
  from: string;
  to: string;
}

export const PERIOD_KINDS = ["thisQuarter", "lastQuarter", "thisYear", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The most a custom period may span: the trends count per month, and a few years say enough. */
export const MAX_PERIOD_MONTHS = 36;

const quarterStart = (day: string) => {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, "0")}-01`;
};

/**
 * The days of a named period on a day: this quarter and this year run from their first day to
 * today (the rest has not happened yet); last quarter is the whole quarter before this one.
 */
export function periodOf(kind: Exclude<PeriodKind, "custom">, today: string): Period {
  switch (kind) {
    case "thisQuarter":
      return { from: quarterStart(today), to: today };
    case "lastQuarter": {
      const thisStart = quarterStart(today);
      return { from: addMonths(thisStart, -3), to: addDays(thisStart, -1) };
    }
    case "thisYear":
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

export const inPeriod = (day: string, period: Period) => day >= period.from && day <= period.to;

/** Calendar days from one day to another (0 on the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A share of whole people or slots: null when nobody is in the denominator (never 0 of 0 = 0 %). */
export interface Share {
  n: number;
  of: number;
  /** 0–1, or null when `of` is 0. */
  share: number | null;
}
export const shareOf = (n: number, of: number): Share => ({ n, of, share: of === 0 ? null : n / of });

/** One placement for the hours figures: its first day, its start hours and its hours now. */
export interface HoursRow {
  startDate: string;
  startHours: number;
  /** The agreed weekly hours on the latest day of the placement so far (plan and approved adjustments). */
  latestHours: number;
}

/** People starting at this many weekly hours or fewer are the evaluations' "low hours" group. */
export const LOW_START_HOURS = 10;

/**
 * Weekly-hours progression of the placements that started in the period: the median start
 * hours and the median latest hours, and of those starting at 10 hours or fewer, how many now
 * have more hours than they started with. A placement starting outside the period is not
 * counted at all.
 */
export function hoursProgression(rows: readonly HoursRow[], period: Period) {
  const started = rows.filter((r) => inPeriod(r.startDate, period));
  const low = started.filter((r) => r.startHours <= LOW_START_HOURS);
  return {
    placements: started.length,
    medianStart: median(started.map((r) => r.startHours)),
    medianLatest: median(started.map((r) => r.latestHours)),
    lowRaised: shareOf(low.filter((r) => r.latestHours > r.startHours).length, low.length),
  };
}

/** One slot for the timing figures: the day it opened, its first proposal's day, its first placement's first day. */
export interface SlotTimingRow {
  openedOn: string;
  firstProposalOn: string | null;
  firstStartOn: string | null;
}

/**
 * How fast open slots get a proposal and a start: of the slots opened in the period, the
 * median calendar days to their first proposal (of those that have one) and to the first day
 * of their first placement (of those that have one), and how many have neither yet. A slot
 * opened before the period is not counted, even if its proposal came within it.
 */
export function slotTiming(rows: readonly SlotTimingRow[], period: Period) {
  const opened = rows.filter((r) => inPeriod(r.openedOn, period));
  const proposed = opened.filter((r) => r.firstProposalOn !== null);
  const started = opened.filter((r) => r.firstStartOn !== null);
  return {
    opened: opened.length,
    proposed: proposed.length,
    medianDaysToProposal: median(proposed.map((r) => Math.max(0, daysBetween(r.openedOn, r.firstProposalOn!)))),
    started: started.length,
    medianDaysToStart: median(started.map((r) => Math.max(0, daysBetween(r.openedOn, r.firstStartOn!)))),
  };
}

/** The months a period touches, as "YYYY-MM". */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [y, m] = period.from.split("-").map(Number) as [number, number];
  const [ty, tm] = period.to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/** How many of the days fall in each month of the period (days outside it are left out). */
export function countByMonth(days: readonly string[], period: Period): number[] {
  const counts = new Map<string, number>();
  for (const d of days) if (inPeriod(d, period)) counts.set(d.slice(0, 7), (counts.get(d.slice(0, 7)) ?? 0) + 1);
  return monthsOf(period).map((m) => counts.get(m) ?? 0);
}

/** The median days to a first proposal of the slots opened in each month (null in a month without one). */
export function daysToProposalByMonth(rows: readonly SlotTimingRow[], period: Period): (number | null)[] {
  return monthsOf(period).map((month) => slotTiming(rows.filter((r) => r.openedOn.startsWith(month)), period).medianDaysToProposal);
}

/** Counts by key, most first, then by key. */
export function countBy<K extends string>(keys: readonly K[]): { key: K; n: number }[] {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].map(([key, n]) => ({ key, n })).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
}

/**
 * The key figures shown as cards, each with its definition one click away. An entry is one of
 * a few shapes; the outcome figures (13 continuous weeks, paid hours, in work 3 months after)
 * join as more `share` entries when placements can end with an outcome.
 */
export type KeyFigure =
  | { id: "hoursProgression"; kind: "hoursRange"; from: number | null; to: number | null; n: number }
  | { id: "lowHoursRaised"; kind: "share"; value: Share }
  | { id: "daysToProposal" | "daysToStart"; kind: "days"; value: number | null; n: number };

export type KeyFigureId = KeyFigure["id"];

/** The figures of the period in the order they are shown. */
export function keyFigures(hours: ReturnType<typeof hoursProgression>, timing: ReturnType<typeof slotTiming>): KeyFigure[] {
  return [
    { id: "hoursProgression", kind: "hoursRange", from: hours.medianStart, to: hours.medianLatest, n: hours.placements },
    { id: "lowHoursRaised", kind: "share", value: hours.lowRaised },
    { id: "daysToProposal", kind: "days", value: timing.medianDaysToProposal, n: timing.proposed },
    { id: "daysToStart", kind: "days", value: timing.medianDaysToStart, n: timing.started },
  ];
}
