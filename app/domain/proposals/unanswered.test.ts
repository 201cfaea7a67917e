import { describe, expect, it } from "vitest";
import { isUnanswered, unansweredBefore } from "./unanswered";

const HOUR = 3_600_000;

/**
 * The list's "unanswered" filter asks the database for proposals made before `unansweredBefore`
 * (an index range); the definition is `isUnanswered` (working days in Danish dates). Both must
 * agree for every proposal on every day: across weekends, Easter, Christmas, the summer-time
 * change and the Danish midnight (23:30 UTC is the next day in June).
 */
describe("unanswered as an instant", () => {
  const days = [
    ...Array.from({ length: 40 }, (_, i) => Date.UTC(2027, 2, 10 + i, 9)), // March–April 2027: Easter 28 March, summer time
    ...Array.from({ length: 20 }, (_, i) => Date.UTC(2026, 11, 15 + i, 14)), // Christmas and New Year
    Date.UTC(2026, 5, 10, 22, 30), // 00:30 in Copenhagen the next day
  ];

  it("finds exactly the proposals the definition calls unanswered", () => {
    let checked = 0;
    for (const nowMs of days) {
      const now = new Date(nowMs);
      const cutoff = unansweredBefore(now);
      // Proposals every 2 hours over the three weeks before, and around the cut-off to the millisecond.
      const instants = [...Array.from({ length: 21 * 12 }, (_, i) => nowMs - i * 2 * HOUR), cutoff.getTime() - 1, cutoff.getTime(), cutoff.getTime() + 1];
      for (const at of instants) {
        const proposal = { status: "proposed" as const, proposedAt: new Date(at) };
        expect(at < cutoff.getTime(), `${proposal.proposedAt.toISOString()} on ${now.toISOString()}`).toBe(isUnanswered(proposal, now));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it("is a Danish midnight, some working days back", () => {
    const cutoff = unansweredBefore(new Date(Date.UTC(2026, 11, 3, 10)));
    // Thursday 3 December 2026: five working days back is Thursday 26 November, so proposals
    // made on that day or before (before midnight into Friday 27 November, Copenhagen) count.
    expect(cutoff.toISOString()).toBe("2026-11-26T23:00:00.000Z");
  });
});
