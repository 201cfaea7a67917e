import { eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { placements } from "~/db/schema";

/**
 * `placements.responsible_user_id` (decision 049): the candidate's responsible consultant, copied
 * onto each of the candidate's placements, so the placement list of "mine" and of a team reads
 * the placement's own index instead of the team's candidates (5,000 placements at the big city).
 * A placement's candidate never changes; the consultant changes only through `updateCandidate`.
 */

/** What the column is by definition, as SQL over a placement row (an alias for the candidate: drizzle leaves a lone table's columns unqualified). */
const responsibleByDefinition = sql<number | null>`(select c.responsible_user_id from candidates c where c.id = ${placements}.candidate_id)`;

/** Makes the candidate's placements carry their current responsible consultant: called by `updateCandidate` in its transaction (a handover). */
export function keepPlacementResponsible(tx: DbOrTx, candidateId: number, responsibleUserId: number): void {
  tx.update(placements).set({ responsibleUserId }).where(eq(placements.candidateId, candidateId)).run();
}

/**
 * Fills the column of placements from before it (migration 0017), at start-up and by `bench:data`.
 * Every placement has a candidate with a consultant, so once filled no row is null: an index
 * lookup of the nulls (`placements_responsible_idx`) at each later start, which finds none.
 */
export function backfillPlacementResponsible(db: DbOrTx): number {
  return db.update(placements).set({ responsibleUserId: responsibleByDefinition }).where(isNull(placements.responsibleUserId)).run().changes;
}
