import { and, eq, gt, isNull } from "drizzle-orm";
import { reserveMail, senderOf } from "../mail/quota.server";
import { generateToken, hashToken } from "~/auth/tokens.server";
import type { Db, DbOrTx } from "~/db/client.server";
import { representativeLinks, slots } from "~/db/schema";
import type { AnonCtx, Ctx } from "../actor";
import { assertCompanyMay } from "../companies/policy.server";
import { conflict, invalid, notFound } from "../errors";
import { RULES } from "../rules/rules";
import { requireCompanyAdmin } from "../shared/access";
import { recordAudit } from "../shared/audit.server";
import { notifyCompanyHr } from "../notifications/commands.server";
import { queueMail } from "../shared/outbox.server";
import { actorLabel, lockedSlot, OverCapacity, recordSlotEvent } from "./commands.server";
import { needsRepresentative } from "./representative-need";
import { workplaceMeter } from "./meter.server";
import { withDetails } from "./queries.server";
import { canAskRepresentative } from "./status";

const LIFETIME_MS = RULES.representative.linkLifetimeDays * 24 * 60 * 60 * 1000;

/**
 * Sends the employee representative a single-use link to confirm the slot's conditions.
 * Sending again (a resend, or new details) revokes the earlier link.
 */
export function requestRepresentative(
  ctx: Ctx,
  input: { slotId: number; version: number; repName: string; repEmail: string; link: (slotId: number, token: string) => string },
): void {
  const companyId = requireCompanyAdmin(ctx.actor);
  ctx.db.transaction((tx) => {
    // Fodfæste e-mails an outside address here: only for a verified company.
    assertCompanyMay(tx, companyId, "contact");
    const slot = lockedSlot(tx, ctx.actor, input.slotId, input.version);
    if (!canAskRepresentative(slot.status)) throw conflict("error.slot.transition");
    const resend = slot.status === "awaiting_representative";
    const meter = workplaceMeter(tx, slot.workplaceId, { kind: slot.kind, seats: slot.seats, weeklyHours: slot.startHours, targetHours: slot.targetHours }, slot.id, ctx.now);
    if (!meter) throw notFound();
    if (!needsRepresentative(meter.fte)) throw invalid("error.rep.notNeeded");
    // No point asking the representative to confirm a slot the rule forbids.
    if (!meter.fits) throw new OverCapacity(meter);
    reserveMail(tx, { sender: senderOf(ctx.actor), to: input.repEmail, kind: "representative", now: ctx.now });
    tx.update(representativeLinks)
      .set({ revokedAt: ctx.now })
      .where(and(eq(representativeLinks.slotId, slot.id), isNull(representativeLinks.usedAt), isNull(representativeLinks.revokedAt)))
      .run();
    const token = generateToken();
    tx.insert(representativeLinks)
      .values({ slotId: slot.id, tokenHash: hashToken(token), expiresAt: new Date(ctx.now.getTime() + LIFETIME_MS), createdAt: ctx.now })
      .run();
    tx.update(slots)
      .set({
        status: "awaiting_representative",
        repName: input.repName,
        repEmail: input.repEmail,
        repStatus: "pending",
        repComment: null,
        version: slot.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(slots.id, slot.id))
      .run();
    const vars = {
      name: input.repName,
      company: ctx.actor.organisationName,
      title: slot.title,
      link: input.link(slot.id, token),
      days: String(RULES.representative.linkLifetimeDays),
    };
    // The representative has no account: the message goes in Danish, the workplace's language.
    queueMail(tx, { to: input.repEmail, locale: "da" }, { subjectKey: "mail.rep.subject", bodyKey: "mail.rep.body", vars }, ctx.now);
    recordSlotEvent(tx, slot.id, resend ? "representative_resent" : "representative_requested", ctx.now, actorLabel(ctx.actor), input.repName);
    recordAudit(tx, ctx, "slot.representative_requested", { type: "slot", id: slot.id, companyId: slot.companyId, jobcentreId: slot.jobcentreId }, {
      repEmail: input.repEmail,
      resend,
    });
  });
}

/** The link is valid only for its own slot, once, within 14 days, and while not replaced. */
export function findRepresentativeLink(db: DbOrTx, slotId: number, token: string, now: Date) {
  return db
    .select()
    .from(representativeLinks)
    .where(
      and(
        eq(representativeLinks.tokenHash, hashToken(token)),
        eq(representativeLinks.slotId, slotId),
        isNull(representativeLinks.usedAt),
        isNull(representativeLinks.revokedAt),
        gt(representativeLinks.expiresAt, now),
      ),
    )
    .get();
}

/** What the representative sees: the slot in full, without an account. */
export function slotForRepresentative(db: Db, slotId: number, token: string, now: Date) {
  if (!findRepresentativeLink(db, slotId, token, now)) return null;
  const slot = db.select().from(slots).where(eq(slots.id, slotId)).get();
  return slot && slot.status === "awaiting_representative" ? withDetails(db, slot, now) : null;
}

export function respondAsRepresentative(
  ctx: AnonCtx,
  input: { slotId: number; token: string; decision: "confirmed" | "declined"; comment: string | null },
): void {
  if (input.decision === "declined" && !input.comment) throw invalid("error.rep.declineComment", "comment");
  ctx.db.transaction((tx) => {
    const link = findRepresentativeLink(tx, input.slotId, input.token, ctx.now);
    if (!link) throw invalid("error.rep.invalidLink");
    const slot = tx.select().from(slots).where(eq(slots.id, input.slotId)).get();
    if (!slot || slot.status !== "awaiting_representative") throw invalid("error.rep.invalidLink");
    tx.update(representativeLinks).set({ usedAt: ctx.now }).where(eq(representativeLinks.id, link.id)).run();
    tx.update(slots)
      .set({ repStatus: input.decision, repComment: input.comment, version: slot.version + 1, updatedAt: ctx.now })
      .where(eq(slots.id, slot.id))
      .run();
    const label = slot.repName ?? "";
    recordSlotEvent(tx, slot.id, input.decision === "confirmed" ? "representative_confirmed" : "representative_declined", ctx.now, label, input.comment);
    notifyCompanyHr(
      tx,
      slot.companyId,
      {
        kind: "representativeAnswered",
        link: `/company/slots/${slot.id}`,
        subjectKey: input.decision === "confirmed" ? "mail.repConfirmed.subject" : "mail.repDeclined.subject",
        bodyKey: input.decision === "confirmed" ? "mail.repConfirmed.body" : "mail.repDeclined.body",
        vars: { title: slot.title, rep: slot.repName ?? "", comment: input.comment ?? "" },
      },
      ctx.now,
    );
    recordAudit(
      tx,
      { ...ctx, actorLabel: `${slot.repName ?? ""} <${slot.repEmail ?? ""}>` },
      input.decision === "confirmed" ? "slot.representative_confirmed" : "slot.representative_declined",
      { type: "slot", id: slot.id, companyId: slot.companyId, jobcentreId: slot.jobcentreId },
    );
  });
}
