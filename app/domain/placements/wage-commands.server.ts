import { and, eq } from "drizzle-orm";
import { placements, proposals, slots } from "~/db/schema";
import type { Ctx } from "../actor";
import { conflict, forbidden, notFound } from "../errors";
import { recordAudit } from "../shared/audit.server";
import { PlacementInvalid } from "./invalid";
import { notifyPlacementConsultant, notifyPlacementHr, type PlacementNotice } from "./notify.server";
import { isCompanySide, mayStartPlacement } from "./policy";
import { toOre, wageCostError } from "./wage";

/** Every refusal is said at the form's one field. */
const FIELD = "monthlyWageCost";

/**
 * HR of the company or the jobcentre's staff change the total monthly wage cost of an active
 * løntilskud (a pay rise, more hours): where the other terms are changed, on the placement's
 * page. Not the mentor, who never sees it. Version-checked; audited (without the amounts); the other party is told (the consultant who proposed, or the company's HR), since the
 * agreement in the national system must be corrected too.
 */
export function changeMonthlyWageCost(ctx: Ctx, input: { placementId: number; version: number; monthlyWageCost: number }): void {
  if (ctx.actor.role === "mentor") throw forbidden();
  ctx.db.transaction((tx) => {
    const p = tx.select().from(placements).where(eq(placements.id, input.placementId)).get();
    if (!p || !mayStartPlacement(ctx.actor, p)) throw notFound();
    if (p.kind !== "loentilskud") throw conflict("error.placement.wageCostNotWageSubsidy", FIELD);
    if (p.status !== "active") throw conflict("error.ending.alreadyEnded", FIELD);
    if (p.version !== input.version) throw conflict("error.placement.wageCostConflict", FIELD);
    const error = wageCostError(p.kind, input.monthlyWageCost);
    if (error) throw new PlacementInvalid({ monthlyWageCost: error });
    const ore = toOre(input.monthlyWageCost);
    if (ore === p.monthlyWageCostOre) throw new PlacementInvalid({ monthlyWageCost: "error.placement.wageCostUnchanged" });
    const done = tx
      .update(placements)
      .set({ monthlyWageCostOre: ore, version: p.version + 1, updatedAt: ctx.now })
      .where(and(eq(placements.id, p.id), eq(placements.version, p.version)))
      .run();
    if (done.changes !== 1) throw conflict("error.placement.wageCostConflict", FIELD);
    // The amounts stay out of the audit log, which outlives the anonymiser: a salary is the citizen's personal data.
    recordAudit(tx, ctx, "placement.wage_cost_changed", { type: "placement", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId });
    const title = tx.select({ title: slots.title }).from(slots).where(eq(slots.id, p.slotId)).get()?.title ?? "";
    const notice: PlacementNotice = { subjectKey: "mail.placementWageCostChanged.subject", bodyKey: "mail.placementWageCostChanged.body", vars: { title } };
    if (isCompanySide(ctx.actor.role)) {
      const consultant = tx.select({ id: proposals.proposedByUserId }).from(proposals).where(eq(proposals.id, p.proposalId)).get()!.id;
      notifyPlacementConsultant(tx, p, consultant, notice, ctx.now, ctx.actor.userId);
    } else notifyPlacementHr(tx, p, notice, ctx.now, ctx.actor.userId);
  });
}
