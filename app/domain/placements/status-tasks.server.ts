import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { placementEndings, placements, placementStatusChecks, placementStatusTasks, proposals } from "~/db/schema";

/**
 * The open three-month status tasks, kept by the commands (decision 040): `endPlacement` opens
 * one for the consultant who proposed the placement, `recordStatusCheck` closes it, each in its
 * own transaction. The start page reads a consultant's due tasks from the table's index.
 */
export function openStatusTask(tx: DbOrTx, placement: { id: number; jobcentreId: number; proposalId: number }, dueOn: string): void {
  const consultant = tx.select({ id: proposals.proposedByUserId }).from(proposals).where(eq(proposals.id, placement.proposalId)).get()!;
  tx.insert(placementStatusTasks).values({ placementId: placement.id, jobcentreId: placement.jobcentreId, consultantUserId: consultant.id, dueOn }).run();
}

export function closeStatusTask(tx: DbOrTx, placementId: number): void {
  tx.delete(placementStatusTasks).where(eq(placementStatusTasks.placementId, placementId)).run();
}

/** Opens the tasks of ended placements without a recorded status that have none (a database from before the table), at start-up. */
export function backfillStatusTasks(db: DbOrTx): number {
  return db
    .insert(placementStatusTasks)
    .select(
      db
        .select({ placementId: placements.id, jobcentreId: placements.jobcentreId, consultantUserId: proposals.proposedByUserId, dueOn: placementEndings.statusDueOn })
        .from(placementEndings)
        .innerJoin(placements, eq(placements.id, placementEndings.placementId))
        .innerJoin(proposals, eq(proposals.id, placements.proposalId))
        .leftJoin(placementStatusChecks, eq(placementStatusChecks.placementId, placementEndings.placementId))
        .leftJoin(placementStatusTasks, eq(placementStatusTasks.placementId, placementEndings.placementId))
        .where(and(isNull(placementStatusChecks.id), isNull(placementStatusTasks.placementId))),
    )
    .run().changes;
}
