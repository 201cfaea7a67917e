import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { consultantNotes, followUpComments, followUps, placementAdjustments, placementEndings, placementGoals, placements } from "~/db/schema";

/**
 * Blanks what people wrote in words about a citizen's placements: the mentor's answers in
 * words, suggestions, the consultant's comments and notes, decline reasons, the goals and the
 * end reason's own words, and a løntilskud's wage. The figures stay (dates, hours, days present, well-being, progress,
 * structured reasons and outcomes), so the jobcentre's statistics are the same after.
 */
export function anonymisePlacementTexts(tx: DbOrTx, candidateId: number, now: Date): void {
  const ids = tx.select({ id: placements.id }).from(placements).where(eq(placements.candidateId, candidateId)).all().map((p) => p.id);
  if (ids.length === 0) return;
  tx.update(followUps).set({ wentWell: null, concerns: null, suggestionText: null, updatedAt: now }).where(inArray(followUps.placementId, ids)).run();
  const followUpIds = tx.select({ id: followUps.id }).from(followUps).where(inArray(followUps.placementId, ids)).all().map((f) => f.id);
  if (followUpIds.length) tx.update(followUpComments).set({ text: "" }).where(inArray(followUpComments.followUpId, followUpIds)).run();
  tx.update(placementAdjustments).set({ suggestionText: null, reason: null }).where(inArray(placementAdjustments.placementId, ids)).run();
  tx.update(consultantNotes).set({ text: "" }).where(inArray(consultantNotes.placementId, ids)).run();
  tx.update(placementGoals).set({ text: "" }).where(inArray(placementGoals.placementId, ids)).run();
  tx.update(placementEndings).set({ reasonText: null }).where(inArray(placementEndings.placementId, ids)).run();
  // A løntilskud's wage is the person's pay: no figure counts it, so it goes too.
  tx.update(placements).set({ monthlyWageCostOre: null, updatedAt: now }).where(inArray(placements.id, ids)).run();
}
