import { INTL_TAG, type Locale } from "./locales";

/**
 * Labels for a chart's months ("2026-03") over a period: within one year the month's short
 * name fits under each point; across years "03/26" tells the years apart.
 */
export function monthLabeller(locale: Locale, from: string, to: string): (month: string) => string {
  if (from.slice(0, 4) !== to.slice(0, 4)) return (m) => `${m.slice(5, 7)}/${m.slice(2, 4)}`;
  const format = new Intl.DateTimeFormat(INTL_TAG[locale], { month: "short", timeZone: "UTC" });
  return (m) => format.format(new Date(`${m}-15T12:00:00Z`));
}
