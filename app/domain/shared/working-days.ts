import Holidays from "date-holidays";

/**
 * Danish working days, for deadlines such as "unanswered for 5 working days".
 *
 * Dates are calendar dates in Europe/Copenhagen written `YYYY-MM-DD`; turn an instant into
 * one with `copenhagenDate`. Public holidays come from `date-holidays` (the Easter-based ones
 * are computed from Easter there, and Store Bededag stops after 2023 as the law says). On top
 * of those, three closing days are deliberately counted as non-working, see
 * docs/decisions/007-working-days.md. 1 May is a working day.
 *
 * date-holidays carries every country's data: import this module from server code only.
 */

export type CalendarDate = string;

/** Not public holidays by law, but jobcentres and most workplaces are closed. */
export const CLOSING_DAYS = [
  { monthDay: "06-05", name: "Grundlovsdag" },
  { monthDay: "12-24", name: "Juleaftensdag" },
  { monthDay: "12-31", name: "Nytårsaftensdag" },
] as const;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const holidays = new Holidays("DK", { types: ["public"] });
const nonWorkingByYear = new Map<number, Set<string>>();

function nonWorkingDays(year: number): Set<string> {
  let days = nonWorkingByYear.get(year);
  if (!days) {
    days = new Set(holidays.getHolidays(year).map((holiday) => holiday.date.slice(0, 10)));
    for (const closing of CLOSING_DAYS) days.add(`${year}-${closing.monthDay}`);
    nonWorkingByYear.set(year, days);
  }
  return days;
}

/** Midday UTC keeps date arithmetic away from daylight-saving edges. */
function toUtcNoon(date: CalendarDate): Date {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: ${date}`);
  const [, year, month, day] = match;
  const value = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
  if (value.getUTCMonth() !== Number(month) - 1 || value.getUTCDate() !== Number(day)) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return value;
}

function fromUtcNoon(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10);
}

function nextDay(date: CalendarDate, step: 1 | -1): CalendarDate {
  const value = toUtcNoon(date);
  value.setUTCDate(value.getUTCDate() + step);
  return fromUtcNoon(value);
}

/** Made once: an Intl formatter per call is slow and grows native memory (docs/performance.md). */
const COPENHAGEN_DATE = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });

/** The calendar date in Denmark at this instant (a proposal sent 23:30 UTC in June is the next day). */
export function copenhagenDate(instant: Date): CalendarDate {
  // Denmark is one or two hours ahead of UTC and changes at 01:00 UTC, so before 22:00 UTC its
  // date is the UTC date: no formatter needed for most instants (a list dates every row; decision 056).
  const year = instant.getUTCFullYear();
  if (instant.getUTCHours() < 22 && year >= 1970 && year <= 9999) return instant.toISOString().slice(0, 10);
  // From 22:00 UTC the formatter answers (about 0.13 ms a request in a profile). The Danish date
  // changes only on a whole hour, so the last minute's answer stands for the whole minute.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lateMinute) {
    lateDate = COPENHAGEN_DATE.format(instant);
    lateMinute = minute;
  }
  return lateDate;
}
let lateMinute = NaN;
let lateDate: CalendarDate = "";

/** The instant a Danish calendar day begins (00:00 in Copenhagen, summer or winter time). */
export function copenhagenMidnight(date: CalendarDate): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  for (const offsetHours of [2, 1]) {
    const at = new Date(Date.UTC(y, m - 1, d) - offsetHours * 3_600_000);
    if (copenhagenDate(at) === date && copenhagenDate(new Date(at.getTime() - 1)) !== date) return at;
  }
  throw new Error(`no Danish midnight for ${date}`);
}

export function isWorkingDay(date: CalendarDate): boolean {
  const weekday = toUtcNoon(date).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !nonWorkingDays(Number(date.slice(0, 4))).has(date);
}

/**
 * The date `count` working days after `date` (before it when negative). The start date
 * itself never counts, so adding 1 to a Friday gives the Monday (or the next working day).
 * Adding 0 returns the date unchanged.
 */
export function addWorkingDays(date: CalendarDate, count: number): CalendarDate {
  if (!Number.isInteger(count)) throw new RangeError(`Working days must be a whole number: ${count}`);
  toUtcNoon(date);
  const step = count < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(count); left > 0; ) {
    current = nextDay(current, step);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to`: sent on a Monday, answered the next
 * Monday is 5. Negative when `to` is before `from`. `addWorkingDays(d, n)` is always `n` away.
 */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
  const start = toUtcNoon(from);
  const end = toUtcNoon(to);
  if (end < start) return -workingDaysBetween(to, from);
  // Counted, not walked: the weekdays in (from, to] by arithmetic, less the non-working weekdays
  // of the years in between (a flag check over thousands of months-old follow-ups walked every day).
  const a = Math.floor(start.getTime() / DAY_MS);
  const b = Math.floor(end.getTime() / DAY_MS);
  let count = weekdaysBefore(b + 1) - weekdaysBefore(a + 1);
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const day of nonWorkingDays(year)) {
      if (day > from && day <= to) {
        const weekday = toUtcNoon(day).getUTCDay();
        if (weekday !== 0 && weekday !== 6) count -= 1;
      }
    }
  }
  return count;
}

const DAY_MS = 86_400_000;

/** Monday to Friday among the days numbered 0 … n − 1 since 1 January 1970 (a Thursday). */
function weekdaysBefore(n: number): number {
  const weeks = Math.floor(n / 7);
  let count = weeks * 5;
  for (let d = weeks * 7; d < n; d++) {
    const weekday = (((4 + d) % 7) + 7) % 7;
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/** Whole working days that have passed since an instant, both counted in Danish dates. */
export function workingDaysSince(instant: Date, now: Date): number {
  return workingDaysBetween(copenhagenDate(instant), copenhagenDate(now));
}

/** Whole calendar days (Danish time) from one instant to another: sent yesterday is 1 day. */
export function daysWaiting(since: Date, now: Date): number {
  return daysWaitingTill(now)(since);
}

/** `daysWaiting` for many instants against one `now`: today's date found once (a list's rows). */
export function daysWaitingTill(now: Date): (since: Date) => number {
  const day = (d: Date) => Date.parse(`${copenhagenDate(d)}T00:00:00Z`);
  const today = day(now);
  return (since) => Math.max(0, Math.round((today - day(since)) / DAY_MS));
}
