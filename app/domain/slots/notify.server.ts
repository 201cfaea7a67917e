import type { DbOrTx } from "~/db/client.server";
import type { slots } from "~/db/schema";
import type { Ctx } from "../actor";
import { notifyJobcentreStaff } from "../notifications/commands.server";

/** Every consultant of the jobcentre hears of a slot waiting for their review, sent or sent back (issue 9.10). */
export function notifySlotSubmitted(tx: DbOrTx, ctx: Ctx, slot: Pick<typeof slots.$inferSelect, "id" | "title" | "jobcentreId">): void {
  notifyJobcentreStaff(
    tx,
    slot.jobcentreId,
    {
      kind: "slotSubmitted",
      link: `/jobcentre/slots/${slot.id}`,
      subjectKey: "mail.slotSubmitted.subject",
      bodyKey: "mail.slotSubmitted.body",
      vars: { title: slot.title, company: ctx.actor.organisationName },
    },
    ctx.now,
  );
}
