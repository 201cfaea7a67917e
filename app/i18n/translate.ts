import { da, type MessageKey } from "./da";
import { en } from "./en";
import { INTL_TAG, type Locale } from "./locales";

export type { MessageKey };
/** A message is a string with {placeholders}, or plural forms chosen by the {count} variable. */
export type Message = string | { one: string; other: string };
export type Vars = Record<string, string | number>;

const CATALOGUES: Record<Locale, Record<MessageKey, Message>> = { da, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(da, key);
}

function interpolate(template: string, locale: Locale, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    if (value === undefined) return match;
    return typeof value === "number" ? formatNumber(locale, value) : value;
  });
}

export function translate(locale: Locale, key: MessageKey | string, vars?: Vars): string {
  const message = isMessageKey(key) ? CATALOGUES[locale][key] : undefined;
  if (message === undefined) return key;
  if (typeof message === "string") return interpolate(message, locale, vars);
  const count = Number(vars?.count ?? 0);
  const form = new Intl.PluralRules(INTL_TAG[locale]).select(count) === "one" ? message.one : message.other;
  return interpolate(form, locale, vars);
}

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits }).format(value);
}

export function formatDate(locale: Locale, value: Date | string | number): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "long", timeZone: "Europe/Copenhagen" }).format(
    new Date(value),
  );
}

export function formatDateTime(locale: Locale, value: Date | string | number): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Copenhagen",
  }).format(new Date(value));
}

export type T = (key: MessageKey | string, vars?: Vars) => string;

export function translator(locale: Locale): T {
  return (key, vars) => translate(locale, key, vars);
}
