import { describe, expect, it } from "vitest";
import { addDays, addMonths } from "../candidates/consent";
import { anonymiseOn, isDue, latestStartFor, retentionStartsOn, type RetentionFacts } from "./rules";

const facts = (over: Partial<RetentionFacts> = {}): RetentionFacts => ({
  createdOn: "2025-01-10",
  consent: { withdrawnOn: null, expiresOn: "2025-07-10" },
  lastPlacementEndedOn: null,
  engaged: false,
  ...over,
});

describe("when a candidate's personal data is anonymised", () => {
  it("not while the consent is in force, up to and including its last day", () => {
    expect(retentionStartsOn(facts(), "2025-07-10")).toBeNull();
    expect(retentionStartsOn(facts(), "2025-07-11")).toBe("2025-07-10");
  });

  it("runs from the day an expired consent ended, 12 months by default, due on the day itself", () => {
    expect(anonymiseOn(facts(), "2025-08-01")).toBe("2026-07-10");
    expect(isDue(facts(), "2026-07-09")).toBe(false);
    expect(isDue(facts(), "2026-07-10")).toBe(true);
  });

  it("runs from the day of a withdrawal, even when the consent would have run longer", () => {
    const f = facts({ consent: { withdrawnOn: "2025-03-01", expiresOn: "2025-07-10" } });
    expect(anonymiseOn(f, "2025-03-02")).toBe("2026-03-01");
  });

  it("runs from the creation of a profile that never got a consent", () => {
    expect(anonymiseOn(facts({ consent: null }), "2025-02-01")).toBe("2026-01-10");
  });

  it("runs from a placement's end when that came after the consent ended", () => {
    expect(anonymiseOn(facts({ lastPlacementEndedOn: "2025-09-30" }), "2025-10-01")).toBe("2026-09-30");
    expect(anonymiseOn(facts({ lastPlacementEndedOn: "2025-05-30" }), "2025-10-01")).toBe("2026-07-10");
  });

  it("never while the candidate is in an open proposal or an active placement", () => {
    expect(anonymiseOn(facts({ engaged: true }), "2030-01-01")).toBeNull();
  });

  it("takes the configured number of months", () => {
    expect(anonymiseOn(facts(), "2025-08-01", 6)).toBe("2026-01-10");
  });
});

describe("the latest start anonymised by a day (decision 090)", () => {
  it("is the start from which, and no later, the period has run out by the day: every day of four years, ten periods", () => {
    for (let day = "2024-01-01"; day < "2028-01-01"; day = addDays(day, 1)) {
      for (const months of [1, 2, 3, 6, 11, 12, 13, 24, 60, 120]) {
        const start = latestStartFor(day, months);
        expect(addMonths(start, months) <= day, `${day}, ${months}`).toBe(true);
        expect(addMonths(addDays(start, 1), months) > day, `${day}, ${months}`).toBe(true);
      }
    }
  });

  it("takes month ends as addMonths does: 31 March is anonymised on the last day of February after a year less a month", () => {
    expect(latestStartFor("2027-02-28", 11)).toBe("2026-03-31");
    expect(latestStartFor("2026-12-04", 12)).toBe("2025-12-04");
  });
});
