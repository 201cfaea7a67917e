import { and, eq } from "drizzle-orm";
import { jobcentres } from "~/db/schema";
import type { Ctx } from "../actor";
import { conflict, notFound } from "../errors";
import { requireJobcentreAdmin } from "../shared/access";
import { recordAudit } from "../shared/audit.server";
import type { ContactCardInput } from "./schema";

/** The jobcentre's admin keeps the contact card its companies see. */
export function updateContactCard(ctx: Ctx, input: ContactCardInput & { version: number }): void {
  const jobcentreId = requireJobcentreAdmin(ctx.actor);
  ctx.db.transaction((tx) => {
    const current = tx.select({ id: jobcentres.id }).from(jobcentres).where(eq(jobcentres.id, jobcentreId)).get();
    if (!current) throw notFound();
    const { version, ...card } = input;
    const result = tx
      .update(jobcentres)
      .set({ ...card, version: version + 1 })
      .where(and(eq(jobcentres.id, jobcentreId), eq(jobcentres.version, version)))
      .run();
    if (result.changes === 0) throw conflict("error.conflict");
    recordAudit(tx, ctx, "jobcentre.contact_updated", { type: "jobcentre", id: jobcentreId, companyId: null, jobcentreId }, {
      contactName: card.contactName,
      contactEmail: card.contactEmail,
    });
  });
}
