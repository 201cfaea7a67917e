import { addDays, addMonths } from "../candidates/consent";
import { milestoneReached, thirteenWeekMark } from "../placements/ending";
import type { Outcome, StatusCategory } from "../placements/ending-vocabulary";
import type { PlacementStatus } from "../placements/vocabulary";

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

/**
 * Whose work the dashboard counts: the candidates the consultant is responsible for, those of
 * their team (the administrator places staff in teams; decision 033), or the whole jobcentre.
 * Here rather than with the URL's parser (app/http/filters/dashboard.server.ts), so the page's
 * select can list them without sending the parser and zod to the browser.
 */
export const DASHBOARD_SCOPES = ["mine", "team", "jobcentre"] as const;
export type DashboardScope = (typeof DASHBOARD_SCOPES)[number];
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

/**
 * The median of values given as a histogram (value → how many times it occurs), the same as
 * `median` of the values written out: what the dashboard's SQL groups return (decision 039). Pure.
 */
export function medianOfCounts(counts: ReadonlyMap<number, number>): number | null {
  const entries = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const [value, n] of entries) {
      seen += n;
      if (index < seen) return value;
    }
    throw new Error("unreachable");
  };
  const mid = Math.floor(total / 2);
  return total % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
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

/** One placement for the outcome figures: its start, how and when it ended, and the status three months on. */
export interface OutcomeRow {
  startDate: string;
  status: PlacementStatus;
  endedOn: string | null;
  outcome: Outcome | null;
  /** The day the three-month status is due (null while the placement runs). */
  statusDueOn: string | null;
  /** The recorded status three months on (null until recorded). */
  statusCategory: StatusCategory | null;
}

/** The outcomes that are paid hours: småjob, fleksjob, an ordinary job, løntilskud. */
export const PAID_OUTCOMES: readonly Outcome[] = ["ordinary_job", "smajob", "fleksjob", "loentilskud"];

/**
 * 13 weeks of continuous placement: of the placements that started in the period and whose
 * answer is known today (they reached the mark, or ended before it), the share that reached
 * it. One still running before its mark is not counted either way; an interruption ends it
 * (decision 025: reduced hours keep a placement continuous).
 */
export function reached13Weeks(rows: readonly OutcomeRow[], period: Period, today: string): Share {
  const started = rows.filter((r) => inPeriod(r.startDate, period));
  const reached = started.filter((r) => milestoneReached(r, today));
  const endedBefore = started.filter((r) => r.status !== "active" && r.endedOn !== null && r.endedOn < thirteenWeekMark(r.startDate));
  return shareOf(reached.length, reached.length + endedBefore.length);
}

/** Paid hours: of the placements that ended in the period, the share whose outcome is paid hours. */
export function paidHours(rows: readonly OutcomeRow[], period: Period): Share {
  const ended = rows.filter((r) => r.status !== "active" && r.endedOn !== null && r.outcome !== null && inPeriod(r.endedOn, period));
  return shareOf(ended.filter((r) => PAID_OUTCOMES.includes(r.outcome!)).length, ended.length);
}

/**
 * In work three months after the end: of the statuses due in the period that have been
 * recorded, the share in the national statistics' category "employee". A status not yet
 * recorded is not counted (the start page asks for it).
 */
export function inWorkAfter3Months(rows: readonly OutcomeRow[], period: Period): Share {
  const recorded = rows.filter((r) => r.statusDueOn !== null && r.statusCategory !== null && inPeriod(r.statusDueOn, period));
  return shareOf(recorded.filter((r) => r.statusCategory === "employee").length, recorded.length);
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
 * a few shapes; a new figure is one more entry with its definition here and its texts in the
 * dashboard catalogue area.
 */
export type KeyFigure =
  | { id: "hoursProgression"; kind: "hoursRange"; from: number | null; to: number | null; n: number }
  | { id: "lowHoursRaised" | "reached13Weeks" | "paidHours" | "inWorkAfter3Months"; kind: "share"; value: Share }
  | { id: "daysToProposal" | "daysToStart"; kind: "days"; value: number | null; n: number };

export type KeyFigureId = KeyFigure["id"];

/** The figures of the period in the order they are shown. */
export function keyFigures(
  hours: ReturnType<typeof hoursProgression>,
  timing: ReturnType<typeof slotTiming>,
  outcomes: { reached13Weeks: Share; paidHours: Share; inWorkAfter3Months: Share },
): KeyFigure[] {
  return [
    { id: "reached13Weeks", kind: "share", value: outcomes.reached13Weeks },
    { id: "paidHours", kind: "share", value: outcomes.paidHours },
    { id: "inWorkAfter3Months", kind: "share", value: outcomes.inWorkAfter3Months },
    { id: "hoursProgression", kind: "hoursRange", from: hours.medianStart, to: hours.medianLatest, n: hours.placements },
    { id: "lowHoursRaised", kind: "share", value: hours.lowRaised },
    { id: "daysToProposal", kind: "days", value: timing.medianDaysToProposal, n: timing.proposed },
    { id: "daysToStart", kind: "days", value: timing.medianDaysToStart, n: timing.started },
  ];
}
