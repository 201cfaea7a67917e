import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  copenhagenDate,
  copenhagenMidnight,
  isWorkingDay,
  workingDaysBetween,
  workingDaysSince,
} from "./working-days";

describe("Danish working days", () => {
  it("skips weekends", () => {
    expect(isWorkingDay("2026-11-20")).toBe(true); // Friday
    expect(isWorkingDay("2026-11-21")).toBe(false);
    expect(isWorkingDay("2026-11-22")).toBe(false);
    expect(addWorkingDays("2026-11-20", 1)).toBe("2026-11-23");
    expect(addWorkingDays("2026-11-23", 5)).toBe("2026-11-30");
  });

  it("computes the Easter holidays year by year (not a fixed list)", () => {
    // Easter Sunday 2026-04-05, 2027-03-28, 2030-04-21.
    for (const date of ["2026-04-02", "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25"]) {
      expect(isWorkingDay(date), date).toBe(false);
    }
    for (const date of ["2027-03-25", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17"]) {
      expect(isWorkingDay(date), date).toBe(false);
    }
    expect(isWorkingDay("2030-04-18")).toBe(false); // Skærtorsdag
    expect(isWorkingDay("2030-04-22")).toBe(false); // 2. påskedag
    expect(isWorkingDay("2026-04-07")).toBe(true); // Tuesday after Easter
  });

  it("follows the abolition of Store Bededag from 2024", () => {
    expect(isWorkingDay("2023-05-05")).toBe(false);
    expect(isWorkingDay("2024-04-26")).toBe(true);
    expect(isWorkingDay("2026-05-01")).toBe(true); // also: 1 May is a working day
  });

  it("treats Grundlovsdag, 24 and 31 December as closing days", () => {
    expect(isWorkingDay("2026-06-05")).toBe(false);
    expect(isWorkingDay("2025-12-24")).toBe(false);
    expect(isWorkingDay("2025-12-31")).toBe(false);
    expect(isWorkingDay("2026-01-01")).toBe(false);
    expect(isWorkingDay("2026-01-02")).toBe(true);
  });

  it("counts a proposal sent before Easter across the whole holiday", () => {
    // Sent Wednesday 1 April 2026: Thu, Fri, Mon are holidays.
    expect(addWorkingDays("2026-04-01", 5)).toBe("2026-04-13");
    expect(workingDaysBetween("2026-04-01", "2026-04-10")).toBe(4);
    expect(workingDaysBetween("2026-04-01", "2026-04-13")).toBe(5);
  });

  it("counts across the year end", () => {
    // 23 Dec 2026 is a Wednesday: 24, 25, 31 Dec and 1 Jan are off; 28, 29, 30 Dec, 4, 5 Jan count.
    expect(addWorkingDays("2026-12-23", 5)).toBe("2027-01-05");
    expect(workingDaysBetween("2026-12-23", "2027-01-05")).toBe(5);
  });

  it("counts working days after the first date up to and including the second", () => {
    expect(workingDaysBetween("2026-11-23", "2026-11-23")).toBe(0);
    expect(workingDaysBetween("2026-11-21", "2026-11-22")).toBe(0);
    expect(workingDaysBetween("2026-11-23", "2026-11-30")).toBe(5);
    expect(workingDaysBetween("2026-11-30", "2026-11-23")).toBe(-5);
  });

  it("goes backwards for a negative count and leaves the date for zero", () => {
    expect(addWorkingDays("2026-04-07", -1)).toBe("2026-04-01");
    expect(addWorkingDays("2026-11-22", 0)).toBe("2026-11-22");
  });

  it("is consistent: adding n and counting gives n", () => {
    let start = "2026-01-01";
    for (let day = 0; day < 400; day += 7) {
      for (const n of [1, 3, 5, 10]) {
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
      }
      start = addWorkingDays(start, 3);
    }
  });

  it("counts long spans by arithmetic exactly as walking them day by day would (isWorkingDay on each day)", () => {
    const walk = (from: string, to: string) => {
      let n = 0;
      for (let d = new Date(`${from}T12:00:00Z`); d.toISOString().slice(0, 10) < to; ) {
        d = new Date(d.getTime() + 86_400_000);
        if (isWorkingDay(d.toISOString().slice(0, 10))) n += 1;
      }
      return n;
    };
    const day = (n: number) => new Date(Date.UTC(2023, 0, 1, 12) + n * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 400; i++) {
      const from = day((i * 37) % 1400);
      const to = day(((i * 37) % 1400) + ((i * 11) % 500));
      expect(workingDaysBetween(from, to), `${from} → ${to}`).toBe(walk(from, to));
      expect(workingDaysBetween(to, from)).toBe(0 - walk(from, to));
    }
  });

  it("gives the Danish date of every half hour from 1970 on, around each change of summer time, as Intl does (decision 056)", () => {
    const intl = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });
    const HALF_HOUR = 30 * 60_000;
    // Every half hour of four years (with the summer-time changes), and the hours around midnight of
    // every day since 1970: 274,000 instants, compared in a plain loop (an expect per instant made
    // the test take 20 s on a loaded 2-core machine) and every difference listed.
    const differences: string[] = [];
    const compare = (at: Date) => {
      if (copenhagenDate(at) !== intl.format(at)) differences.push(`${at.toISOString()}: ${copenhagenDate(at)}, Intl ${intl.format(at)}`);
    };
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += HALF_HOUR) compare(new Date(t));
    for (let t = Date.UTC(1970, 0, 1, 21); t < Date.UTC(2040, 0, 1); t += 86_400_000) {
      for (const minutes of [0, 59, 60, 119, 120, 150, 179, 180]) compare(new Date(t + minutes * 60_000));
    }
    expect(differences).toEqual([]);
    for (const odd of [new Date(Date.UTC(1969, 11, 31, 12)), new Date(Date.UTC(10000, 0, 1, 12)), new Date(-1e14)]) expect(copenhagenDate(odd)).toBe(intl.format(odd));
    expect(() => copenhagenDate(new Date(NaN))).toThrow(RangeError);
  });

  it("uses the Danish date of an instant", () => {
    expect(copenhagenDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01"); // summer time
    expect(copenhagenDate(new Date("2026-01-15T22:59:00Z"))).toBe("2026-01-15");
    expect(copenhagenDate(new Date("2026-01-15T23:00:00Z"))).toBe("2026-01-16");
    // The late hours keep the last minute's answer: a minute apart, the next day, back again.
    expect(copenhagenDate(new Date("2026-01-15T22:59:59.999Z"))).toBe("2026-01-15");
    expect(copenhagenDate(new Date("2026-01-15T22:59:00Z"))).toBe("2026-01-15");
    expect(copenhagenDate(new Date("2026-01-16T22:59:00Z"))).toBe("2026-01-16");
    expect(copenhagenDate(new Date("2026-01-15T23:00:30Z"))).toBe("2026-01-16");
    expect(() => copenhagenDate(new Date(NaN))).toThrow(RangeError);
    // Sent Friday evening Danish time, looked at Monday and the Monday after.
    const sent = new Date("2026-11-20T21:00:00Z");
    expect(workingDaysSince(sent, new Date("2026-11-23T08:00:00Z"))).toBe(1);
    expect(workingDaysSince(sent, new Date("2026-11-27T08:00:00Z"))).toBe(5);
  });

  it("refuses dates that do not exist and fractional counts", () => {
    expect(() => isWorkingDay("2026-02-30")).toThrow(RangeError);
    expect(() => addWorkingDays("2026-13-01", 1)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-23", 1.5)).toThrow(RangeError);
  });
});

describe("the start of a Danish day", () => {
  it("is 00:00 in Copenhagen, in winter, in summer and on the day the clocks change", () => {
    expect(copenhagenMidnight("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(copenhagenMidnight("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(copenhagenMidnight("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(copenhagenMidnight("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });
});
