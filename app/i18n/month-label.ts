import type { Locale } from "./locales";
import { formatMonthShort } from "./translate";

/**
 * Labels for a chart's months ("2026-03") over a period: within one year the month's short
 * name fits under each point; across years "03/26" tells the years apart. The month's name
 * comes from the formatters made once per language (translate.ts): making an Intl formatter
 * per page cost about 0.5 ms of each dashboard and decline-reasons view (decision 052).
 */
export function monthLabeller(locale: Locale, from: string, to: string): (month: string) => string {
  if (from.slice(0, 4) !== to.slice(0, 4)) return (m) => `${m.slice(5, 7)}/${m.slice(2, 4)}`;
  return (m) => formatMonthShort(locale, m);
}
