export const LOCALES = ["da", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "da";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tags used for Intl formatting (dates, numbers, plural rules). */
export const INTL_TAG: Record<Locale, string> = { da: "da-DK", en: "en-GB" };
