import { CATALOGUES, type MessageKey } from "./catalogue";
import { INTL_TAG, type Locale } from "./locales";

export type { MessageKey };
export type { Message } from "./message";
export type Vars = Record<string, string | number>;

/** For keys that arrive as data (a form error from the server, a value read back from a form). */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(CATALOGUES.da, key);
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
  if (message === undefined) return key;
  if (typeof message === "string") return interpolate(message, locale, vars);
  const count = Number(vars?.count ?? 0);
  const form = new Intl.PluralRules(INTL_TAG[locale]).select(count) === "one" ? message.one : message.other;
  return interpolate(form, locale, vars);
}

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits }).format(value);
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

export function formatDate(locale: Locale, value: Date | string | number | null | undefined): string {
  return safeFormat(new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "long", timeZone: "Europe/Copenhagen" }), value);
}

/** A calendar day stored as YYYY-MM-DD; anything that is not a real day is shown unchanged. */
export function formatCalendarDate(locale: Locale, day: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? "");
  if (!match) return day || "–";
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  if (date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) return day!;
  return safeFormat(new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "long", timeZone: "UTC" }), date);
}

export function formatDateTime(locale: Locale, value: Date | string | number | null | undefined): string {
  return safeFormat(
    new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Copenhagen" }),
    value,
  );
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
