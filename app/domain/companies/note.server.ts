import { and, eq } from "drizzle-orm";
import { companies, companyNotes } from "~/db/schema";
import type { Ctx } from "../actor";
import { conflict, forbidden, notFound } from "../errors";
import { recordAudit } from "../shared/audit.server";
import type { CompanyNoteInput } from "./note";

const isJobcentreStaff = (ctx: Ctx) => (ctx.actor.role === "consultant" || ctx.actor.role === "jobcentre_admin") && ctx.actor.jobcentreId != null;

/** The note as the jobcentre's staff see it; never part of any view the company's people get. */
export function companyNoteFor(ctx: Ctx, companyId: number) {
  if (!isJobcentreStaff(ctx)) throw forbidden();
  const row = ctx.db
    .select({ note: companyNotes.note, updatedAt: companyNotes.updatedAt, updatedByName: companyNotes.updatedByName, version: companyNotes.version })
    .from(companyNotes)
    .where(and(eq(companyNotes.companyId, companyId), eq(companyNotes.jobcentreId, ctx.actor.jobcentreId!)))
    .get();
  return row ?? { note: null, updatedAt: null, updatedByName: null, version: 0 };
}

/**
 * Writes (or clears) the jobcentre's note about one of its companies. Someone else's save in
 * between is a conflict, not a silent overwrite. Audited without the text: the log says who
 * changed the note and when, the note stays where only the jobcentre reads it.
 */
export function setCompanyNote(ctx: Ctx, input: { companyId: number } & CompanyNoteInput): void {
  if (!isJobcentreStaff(ctx)) throw forbidden();
  const jobcentreId = ctx.actor.jobcentreId!;
  ctx.db.transaction((tx) => {
    const company = tx
      .select({ id: companies.id })
      .from(companies)
      .where(and(eq(companies.id, input.companyId), eq(companies.jobcentreId, jobcentreId)))
      .get();
    if (!company) throw notFound();
    const current = tx.select({ version: companyNotes.version }).from(companyNotes).where(eq(companyNotes.companyId, company.id)).get();
    if ((current?.version ?? 0) !== input.noteVersion) throw conflict("error.companyNote.conflict", "note");
    if (current && input.note === null) tx.delete(companyNotes).where(eq(companyNotes.companyId, company.id)).run();
    else if (current)
      tx.update(companyNotes)
        .set({ note: input.note!, updatedAt: ctx.now, updatedByName: ctx.actor.name, version: current.version + 1 })
        .where(eq(companyNotes.companyId, company.id))
        .run();
    else if (input.note !== null)
      tx.insert(companyNotes).values({ companyId: company.id, jobcentreId, note: input.note, updatedAt: ctx.now, updatedByName: ctx.actor.name }).run();
    else return;
    recordAudit(tx, ctx, "company.note_updated", { type: "company", id: company.id, companyId: company.id, jobcentreId }, input.note === null ? { cleared: true } : undefined);
  });
}
