import { afterEach, describe, expect, it, vi } from "vitest";
import { csvDate, csvDateTime } from "~/components/data-table";
import { formatCalendarDate, formatDate, formatDateTime, formatKroner, formatList, formatMonthShort, formatNumber, translate } from "./translate";
import type { Locale } from "./locales";
import { monthLabeller } from "./month-label";

afterEach(() => vi.restoreAllMocks());

/**
 * Every formatting call a page or CSV makes per row reuses formatters made once: making one with
 * a time zone costs 40–240 µs and grew the server's native memory under load (issue 10,
 * docs/performance.md "Memory").
 */
describe("formatters are made once, not per call", () => {
  const everyFormat = (locale: Locale, i: number) => [
    translate(locale, "meter.fitSeats", { count: i }),
    formatNumber(locale, i / 3),
    formatNumber(locale, i / 3, 0),
    formatKroner(locale, 24500.5 + i),
    formatKroner(locale, 24500 + i),
    formatList(locale, ["mandag", "tirsdag", String(i)]),
    formatDate(locale, new Date(Date.UTC(2026, 2, 10 + (i % 10)))),
    formatDateTime(locale, new Date(Date.UTC(2026, 2, 10, i % 24))),
    formatCalendarDate(locale, `2026-03-${String(10 + (i % 10))}`),
    monthLabeller(locale, "2026-01-01", "2026-12-31")(`2026-${String(1 + (i % 12)).padStart(2, "0")}`),
    csvDate(new Date(Date.UTC(2026, 2, 10, i % 24))),
    csvDateTime(new Date(Date.UTC(2026, 2, 10, i % 24))),
  ];

  it("makes no Intl object on the second and later calls, in either language", () => {
    // 1, not 0: a small whole number needs no formatter (formatNumber), a third does.
    for (const locale of ["da", "en"] as const) everyFormat(locale, 1);
    const made = ["DateTimeFormat", "NumberFormat", "PluralRules", "ListFormat"].map((name) => vi.spyOn(Intl, name as "NumberFormat"));
    for (let i = 1; i < 200; i++) for (const locale of ["da", "en"] as const) everyFormat(locale, i);
    for (const spy of made) expect(spy).not.toHaveBeenCalled();
  });

  it("still formats the reader's way", () => {
    expect(formatKroner("da", 24500.5)).toBe(translate("da", "common.kroner", { amount: "24.500,50" }));
    expect(formatKroner("da", 26000)).toBe(translate("da", "common.kroner", { amount: "26.000" }));
    expect(formatKroner("en", 26000.05)).toBe(translate("en", "common.kroner", { amount: "26,000.05" }));
    expect(formatList("da", ["mandag", "tirsdag", "onsdag"])).toBe("mandag, tirsdag og onsdag");
    expect(formatList("en", ["Monday", "Tuesday", "Wednesday"])).toBe("Monday, Tuesday and Wednesday");
    expect(csvDate(new Date("2026-03-10T23:30:00Z"))).toBe("2026-03-11");
    expect(monthLabeller("da", "2026-01-01", "2026-12-31")("2026-03")).toBe(new Intl.DateTimeFormat("da-DK", { month: "short", timeZone: "UTC" }).format(new Date("2026-03-15T12:00:00Z")));
    expect(monthLabeller("en", "2026-01-01", "2026-12-31")("2026-12")).toBe(new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" }).format(new Date("2026-12-15T12:00:00Z")));
    expect(monthLabeller("da", "2025-12-01", "2026-11-30")("2025-12")).toBe("12/25");
    expect(csvDateTime(new Date("2026-03-10T13:05:00Z"))).toBe("2026-03-10 14:05");
  });

  it("names every month of 0001–2400 as Intl does, each name kept once per language (decision 068)", () => {
    for (const locale of ["da", "en"] as const) {
      const intl = new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", { month: "short", timeZone: "UTC" });
      const plain = (month: string) => intl.format(new Date(`${month}-15T12:00:00Z`));
      // Years in an order that fills the kept names from a far year first.
      for (const year of [2400, 1, 99, 1900, ...Array.from({ length: 2400 }, (_, i) => 2400 - i)]) {
        for (let m = 1; m <= 12; m++) {
          const month = `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
          expect(formatMonthShort(locale, month), `${locale} ${month}`).toBe(plain(month));
        }
      }
      // What is not "YYYY-MM" goes to Intl as before (which refuses it).
      for (const odd of ["2026-13", "2026-00", "2026-03-02", "x"]) {
        expect(() => plain(odd)).toThrow(RangeError);
        expect(() => formatMonthShort(locale, odd)).toThrow(RangeError);
      }
    }
  });

  it("writes every calendar day of 1900–2100 as Intl does, and odd days as before (decision 056)", () => {
    for (const locale of ["da", "en"] as const) {
      const intl = new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", { dateStyle: "long", timeZone: "UTC" });
      for (let t = Date.UTC(1900, 0, 1, 12); t < Date.UTC(2101, 0, 1); t += 86_400_000) {
        const day = new Date(t).toISOString().slice(0, 10);
        expect(formatCalendarDate(locale, day), `${locale} ${day}`).toBe(intl.format(new Date(t)));
      }
      // Years 0–99 are read as 1900–1999 by Date.UTC, as before; 100–999 go through Intl.
      expect(formatCalendarDate(locale, "0050-03-01")).toBe(intl.format(new Date(Date.UTC(1950, 2, 1, 12))));
      expect(formatCalendarDate(locale, "0999-12-31")).toBe(intl.format(new Date(Date.UTC(999, 11, 31, 12))));
      expect(formatCalendarDate(locale, "9999-12-31")).toBe(intl.format(new Date(Date.UTC(9999, 11, 31, 12))));
      expect(formatCalendarDate(locale, "2026-02-30")).toBe("2026-02-30");
      expect(formatCalendarDate(locale, "")).toBe("–");
      expect(formatCalendarDate(locale, null)).toBe("–");
    }
  });

  it("writes small whole numbers without Intl as Intl would, and every other number through it (decision 056)", () => {
    for (const locale of ["da", "en"] as const) {
      const intl = (value: number, digits = 2) => new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: digits }).format(value);
      for (let i = 0; i < 1200; i++) expect(formatNumber(locale, i), `${locale} ${i}`).toBe(intl(i));
      for (const value of [-0, -1, -999, 0.5, 2.25, 12.345, 999.5, 1000, 1234567, 1e21, NaN, Infinity, -Infinity]) {
        expect(formatNumber(locale, value), `${locale} ${value}`).toBe(intl(value));
        expect(formatNumber(locale, value, 0), `${locale} ${value}`).toBe(intl(value, 0));
      }
    }
  });
});
