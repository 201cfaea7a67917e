import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "~/auth/password.server";
import type { MessageKey } from "~/i18n/catalogue";
import { jobcentres, users } from "~/db/schema";
import type { AnonCtx, Ctx } from "../actor";
import { conflict, invalid, notFound } from "../errors";
import { requireJobcentreAdmin } from "../shared/access";
import { recordAudit } from "../shared/audit.server";
import { emailField, personNameField } from "../users/passwords";
import type { ContactCardInput } from "./schema";

export const jobcentreInput = z.object({
  name: z.string().trim().min(3, "error.jobcentre.name").max(120, "error.jobcentre.name"),
  municipality: z.string().trim().min(2, "error.jobcentre.municipality").max(80, "error.jobcentre.municipality"),
  adminEmail: emailField,
  adminName: personNameField,
});
export type JobcentreInput = z.input<typeof jobcentreInput>;

/**
 * A new jobcentre with its first administrator. Jobcentres are not self-service: this runs
 * from the command line (`npm run jobcentre:create`) and from the demo seed, never from a
 * page. Later colleagues are invited by that administrator from /jobcentre/staff.
 * `password` is the administrator's first password; the command line gives an unguessable
 * one and mails a reset link instead.
 */
export async function createJobcentre(
  ctx: AnonCtx,
  raw: JobcentreInput & { password: string },
): Promise<{ jobcentreId: number; adminUserId: number }> {
  const parsed = jobcentreInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.message as MessageKey, String(issue.path[0] ?? "name"));
  }
  const input = parsed.data;
  const passwordHash = await hashPassword(raw.password);
  return ctx.db.transaction((tx) => {
    if (tx.select({ id: jobcentres.id }).from(jobcentres).where(eq(jobcentres.name, input.name)).get()) {
      throw conflict("error.jobcentre.exists");
    }
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.adminEmail)).get()) {
      throw conflict("error.email.taken");
    }
    const jobcentre = tx.insert(jobcentres).values({ name: input.name, municipality: input.municipality, createdAt: ctx.now }).returning().get();
    const admin = tx
      .insert(users)
      .values({ email: input.adminEmail, name: input.adminName, passwordHash, role: "jobcentre_admin", jobcentreId: jobcentre.id, createdAt: ctx.now })
      .returning()
      .get();
    recordAudit(
      tx,
      { ...ctx, actorLabel: "system" },
      "jobcentre.created",
      { type: "jobcentre", id: jobcentre.id, companyId: null, jobcentreId: jobcentre.id },
      { name: jobcentre.name, admin: `${admin.name} <${admin.email}>` },
    );
    return { jobcentreId: jobcentre.id, adminUserId: admin.id };
  });
}

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
