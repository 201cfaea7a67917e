import { readCookie } from "~/auth/cookie.server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export const LOCALE_COOKIE = "fodfaeste_lang";

/** The language chosen with the switch (a cookie that outlives sessions); Danish otherwise. */
export function localeFromRequest(request: Request): Locale {
  const value = readCookie(request, LOCALE_COOKIE);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax`;
}
