import { CATALOGUES, type MessageKey } from "./catalogue";
import { INTL_TAG, type Locale } from "./locales";
import { MISSING_MESSAGE } from "./missing";

export type { MessageKey };
export type { Message } from "./message";
export type Vars = Record<string, string | number>;

/** For keys that arrive as data (a form error from the server, a value read back from a form). */
export function isMessageKey(key: unknown): key is MessageKey {
  // In the browser only the page's language is there (catalogue-browser.ts), so ask both.
  return typeof key === "string" && (Object.prototype.hasOwnProperty.call(CATALOGUES.da, key) || Object.prototype.hasOwnProperty.call(CATALOGUES.en, key));
}

function interpolate(template: string, locale: Locale, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    if (value === undefined) return match;
    return typeof value === "number" ? formatNumber(locale, value) : value;
  });
}

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const message = CATALOGUES[locale][key];
  if (message === undefined) {
    // Only the browser's catalogue can lack a key: the page's messages (decision 043) missed it.
    if (typeof document !== "undefined") console.error(MISSING_MESSAGE, key);
    return key;
  }
  if (typeof message === "string") return interpolate(message, locale, vars);
  const count = Number(vars?.count ?? 0);
  const form = formatters(locale).plural.select(count) === "one" ? message.one : message.other;
  return interpolate(form, locale, vars);
}

/**
 * One set of Intl formatters per language, made once and kept for the life of the process.
 * Making them per call cost 40–240 µs each and grew the server's native memory without bound
 * (docs/performance.md); a reused one costs about 1 µs and nothing more.
 */
interface Formatters {
  plural: Intl.PluralRules;
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  /** A calendar day (YYYY-MM-DD), read at noon UTC. */
  calendarDay: Intl.DateTimeFormat;
  /** `calendarDay`'s parts for a day of each month (0–11), made when first asked: the day and year are put in (`formatCalendarDate`). */
  calendarDayParts: Intl.DateTimeFormatPart[][];
  /** A month's short name ("mar."), for a chart's months within one year. */
  monthShort: Intl.DateTimeFormat;
  /** `monthShort`'s name of each month (0–11), made when first asked: a chart's months ask for the same twelve on every view. */
  monthShortNames: string[];
  /** By maximum fraction digits; only a handful of values are ever used. */
  numbers: Map<number, Intl.NumberFormat>;
  kroner: Intl.NumberFormat;
  wholeKroner: Intl.NumberFormat;
  list: Intl.ListFormat;
}
const FORMATTERS = new Map<Locale, Formatters>();

function formatters(locale: Locale): Formatters {
  let f = FORMATTERS.get(locale);
  if (!f) {
    const tag = INTL_TAG[locale];
    f = {
      plural: new Intl.PluralRules(tag),
      date: new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "Europe/Copenhagen" }),
      dateTime: new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Copenhagen" }),
      calendarDay: new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }),
      calendarDayParts: [],
      monthShort: new Intl.DateTimeFormat(tag, { month: "short", timeZone: "UTC" }),
      monthShortNames: [],
      numbers: new Map(),
      kroner: new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      wholeKroner: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
      list: new Intl.ListFormat(tag, { style: "long", type: "conjunction" }),
    };
    FORMATTERS.set(locale, f);
  }
  return f;
}

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 2): string {
  // A whole number below 1,000 is its digits in every language here (no grouping, no decimals):
  // a list formats a few per row, and Intl's format cost 2–3 µs each (decision 056). Not -0, which Intl writes "-0".
  if (Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0)) return String(value);
  const f = formatters(locale);
  let number = f.numbers.get(maximumFractionDigits);
  if (!number) {
    number = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits });
    f.numbers.set(maximumFractionDigits, number);
  }
  return number.format(value);
}

/**
 * An amount in kroner the reader's way: "24.500,50 kr." / "DKK 24,500.50", and a whole amount
 * without øre, as a wage is written: "26.000 kr.".
 */
export function formatKroner(locale: Locale, value: number): string {
  const f = formatters(locale);
  const amount = (Number.isInteger(value) ? f.wholeKroner : f.kroner).format(value);
  return translate(locale, "common.kroner", { amount });
}

/**
 * Dates in lists never throw: a value that is not a date (an old row, a bad import) is shown
 * as it is, so one odd row cannot take down a page.
 */
function safeFormat(format: Intl.DateTimeFormat, value: Date | string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "–";
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return format.format(date);
}

/** A month ("2026-03") by its short name in the reader's language: "mar." / "Mar". */
export function formatMonthShort(locale: Locale, month: string): string {
  const f = formatters(locale);
  // A month's short name does not depend on its year: each of the twelve is formatted once per
  // language (a dashboard asked Intl for 48 labels a view, about 3 µs each). Anything that is not
  // "YYYY-MM" goes to Intl as before.
  const m = /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? Number(month.slice(5, 7)) - 1 : -1;
  if (m < 0) return monthShortOf(f, month);
  return (f.monthShortNames[m] ??= monthShortOf(f, month));
}

const monthShortOf = (f: Formatters, month: string) => f.monthShort.format(new Date(`${month}-15T12:00:00Z`));

/** "mandag, tirsdag og onsdag": a list as the language writes it. */
export function formatList(locale: Locale, items: string[]): string {
  return formatters(locale).list.format(items);
}

export function formatDate(locale: Locale, value: Date | string | number | null | undefined): string {
  return safeFormat(formatters(locale).date, value);
}

/** A calendar day stored as YYYY-MM-DD; anything that is not a real day is shown unchanged. */
export function formatCalendarDate(locale: Locale, day: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? "");
  if (!match) return day || "–";
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  if (date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) return day!;
  const f = formatters(locale);
  const year = date.getUTCFullYear();
  if (year < 1000) return safeFormat(f.calendarDay, date);
  // "17. december 2026": the month's form once from Intl, then only the day and year change
  // (a list dates every row: 2 µs a day through Intl; decision 056, tested day by day against Intl).
  const month = date.getUTCMonth();
  const parts = (f.calendarDayParts[month] ??= f.calendarDay.formatToParts(new Date(Date.UTC(2000, month, 15, 12))));
  let text = "";
  for (const part of parts) text += part.type === "day" ? String(date.getUTCDate()) : part.type === "year" ? String(year) : part.value;
  return text;
}

/**
 * A message variable as stored with a notification or an e-mail: plain text, a catalogue key,
 * or a calendar day (`{ date: "2026-12-02" }`): the last two are put in the reader's
 * language when shown, so nobody reads an ISO date or the sender's language. Null: an
 * unknown key (a message written by an older version).
 */
export type StoredVar = string | { key: string } | { date: string };

export function storedVarText(locale: Locale, value: StoredVar): string | null {
  // A calendar day may also travel as a plain YYYY-MM-DD string; it is written the reader's way.
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(locale, value) : value;
  if ("date" in value) return formatCalendarDate(locale, value.date);
  return isMessageKey(value.key) ? translate(locale, value.key) : null;
}

export function formatDateTime(locale: Locale, value: Date | string | number | null | undefined): string {
  return safeFormat(formatters(locale).dateTime, value);
}

export type T = (key: MessageKey, vars?: Vars) => string;

export interface KeyWithVars {
  key: MessageKey;
  vars?: Vars;
}
/** A message that travels as data (a form error): a key, a key with variables, or several read as one. */
export type UserMessage = MessageKey | KeyWithVars | readonly KeyWithVars[];

export function translateMessage(locale: Locale, message: UserMessage): string {
  if (typeof message === "string") return translate(locale, message);
  if ("key" in message) return translate(locale, message.key, message.vars);
  return message.map((m) => translate(locale, m.key, m.vars)).join(" ");
}

export function translator(locale: Locale): T {
  return (key, vars) => translate(locale, key, vars);
}
