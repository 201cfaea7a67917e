import { eq } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { consultantNotes, placements } from "~/db/schema";
import type { Ctx } from "../actor";
import { forbidden, notFound } from "../errors";
import { recordAudit } from "../shared/audit.server";
import { isCompanySide, maySeePlacement } from "./policy";

/*
 * The consultant's conversation note, apart from the follow-up commands (decision 058): the
 * jobcentre's placement page imports this, not the follow-up commands' errors it cannot show.
 */

/** The placement, if the actor may see it (within the command's transaction). */
export function lockedPlacement(tx: DbOrTx, ctx: Ctx, placementId: number) {
  const p = tx.select().from(placements).where(eq(placements.id, placementId)).get();
  if (!p || !maySeePlacement(ctx.actor, p)) throw notFound();
  return p;
}

export function requireJobcentre(ctx: Ctx) {
  if (isCompanySide(ctx.actor.role)) throw forbidden();
}

/** The consultant's own note of a conversation with the citizen; the company never sees it. */
export function addConsultantNote(ctx: Ctx, input: { placementId: number; text: string }): void {
  requireJobcentre(ctx);
  ctx.db.transaction((tx) => {
    const p = lockedPlacement(tx, ctx, input.placementId);
    tx.insert(consultantNotes).values({ placementId: p.id, userId: ctx.actor.userId, text: input.text, createdAt: ctx.now }).run();
    recordAudit(tx, ctx, "placement.note_added", { type: "placement", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId });
  });
}
