import { and, eq, isNull } from "drizzle-orm";
import { hashPassword } from "~/auth/password.server";
import { notifyCompanyHr, notifyJobcentreStaff } from "~/mail/notify.server";
import { createSession } from "~/auth/session.server";
import type { DbOrTx } from "~/db/client.server";
import { companies, jobcentres, users, workplaces } from "~/db/schema";
import type { AnonCtx, Ctx } from "../actor";
import { audit } from "../audit/commands.server";
import { claimAttempt } from "../auth/throttle.server";
import { conflict, forbidden, invalid, notFound } from "../errors";
import type { CompanyProfileInput, WorkplaceInput } from "./schema";
import type { SignupInput } from "./signup";

export type SignupResult =
  | { ok: true; token: string; expiresAt: Date }
  /** CVR or e-mail already known: the caller shows one neutral message for both. */
  | { ok: false; reason: "already_registered" }
  /** Too many sign-ups for this e-mail or from this address: wait this many minutes. */
  | { ok: false; reason: "throttled"; minutes: number };

export async function signUpCompany(
  ctx: AnonCtx,
  input: SignupInput & { link: (companyId: number) => string },
): Promise<SignupResult> {
  // Counted before any work (and before the slow password hash): every attempt, taken or not,
  // so repeated tries cannot be used to probe which e-mails and CVR numbers are registered.
  const claim = claimAttempt(ctx.db, "signup", input.email, ctx.ip ?? "unknown", ctx.now);
  if (!claim.ok) return { ok: false, reason: "throttled", minutes: claim.minutes };
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction((tx) => {
    const jobcentre = tx.select().from(jobcentres).where(eq(jobcentres.id, input.jobcentreId)).get();
    if (!jobcentre) throw invalid("error.jobcentre.required", "jobcentreId");
    const cvrTaken = tx.select({ id: companies.id }).from(companies).where(eq(companies.cvr, input.cvr)).get();
    const emailTaken = tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
    if (cvrTaken || emailTaken) return { ok: false as const, reason: "already_registered" as const };

    const company = tx
      .insert(companies)
      .values({ cvr: input.cvr, name: input.name, industry: input.industry, jobcentreId: jobcentre.id, createdAt: ctx.now })
      .returning()
      .get();
    tx.insert(workplaces).values({ ...input.workplace, companyId: company.id, createdAt: ctx.now }).run();
    const user = tx
      .insert(users)
      .values({
        email: input.email,
        name: input.contactName,
        passwordHash,
        role: "company_admin",
        companyId: company.id,
        createdAt: ctx.now,
      })
      .returning()
      .get();
    audit(tx, {
      event: "company.signed_up",
      at: ctx.now,
      actorLabel: `${user.name} <${user.email}>`,
      jobcentreId: jobcentre.id,
      companyId: company.id,
      subjectType: "company",
      subjectId: company.id,
      details: { cvr: company.cvr, name: company.name },
      ip: ctx.ip,
    });
    notifyJobcentreStaff(
      tx,
      jobcentre.id,
      { subjectKey: "mail.signedUp.subject", bodyKey: "mail.signedUp.body", vars: { company: company.name, cvr: company.cvr, link: input.link(company.id) } },
      ctx.now,
    );
    const session = createSession(tx, user.id, ctx.now);
    return { ok: true as const, ...session };
  });
}

function companyOfMyJobcentre(ctx: Ctx, companyId: number) {
  if (ctx.actor.jobcentreId == null) throw forbidden();
  const company = ctx.db
    .select()
    .from(companies)
    .where(and(eq(companies.id, companyId), eq(companies.jobcentreId, ctx.actor.jobcentreId)))
    .get();
  if (!company) throw notFound();
  return company;
}

/** A consultant (or admin) of the company's home jobcentre verifies or rejects it. */
export function decideCompany(
  ctx: Ctx,
  input: { companyId: number; decision: "verified" | "rejected"; reason?: string },
): void {
  if (ctx.actor.role !== "consultant" && ctx.actor.role !== "jobcentre_admin") throw forbidden();
  ctx.db.transaction((tx) => {
    const company = companyOfMyJobcentre(ctx, input.companyId);
    if (company.status !== "pending") throw conflict("error.company.alreadyDecided");
    tx.update(companies)
      .set({
        status: input.decision,
        rejectionReason: input.decision === "rejected" ? (input.reason ?? null) : null,
        decidedAt: ctx.now,
        decidedByUserId: ctx.actor.userId,
        version: company.version + 1,
      })
      .where(eq(companies.id, company.id))
      .run();
    audit(tx, {
      event: input.decision === "verified" ? "company.verified" : "company.rejected",
      at: ctx.now,
      actor: ctx.actor,
      jobcentreId: company.jobcentreId,
      companyId: company.id,
      subjectType: "company",
      subjectId: company.id,
      details: input.decision === "rejected" ? { reason: input.reason ?? "" } : { name: company.name },
      ip: ctx.ip,
    });
    notifyCompanyHr(
      tx,
      company.id,
      input.decision === "verified"
        ? { subjectKey: "mail.verified.subject", bodyKey: "mail.verified.body", vars: { company: company.name } }
        : { subjectKey: "mail.rejected.subject", bodyKey: "mail.rejected.body", vars: { company: company.name, reason: input.reason ?? "" } },
      ctx.now,
    );
  });
}

function requireCompanyAdmin(ctx: Ctx): number {
  if (ctx.actor.role !== "company_admin" || ctx.actor.companyId == null) throw forbidden();
  return ctx.actor.companyId;
}

export function updateCompanyProfile(ctx: Ctx, input: CompanyProfileInput & { version: number }): void {
  const companyId = requireCompanyAdmin(ctx);
  ctx.db.transaction((tx) => {
    const result = tx
      .update(companies)
      .set({ name: input.name, industry: input.industry, version: input.version + 1 })
      .where(and(eq(companies.id, companyId), eq(companies.version, input.version)))
      .run();
    if (result.changes === 0) throw conflict("error.conflict");
    audit(tx, {
      event: "company.updated",
      at: ctx.now,
      actor: ctx.actor,
      jobcentreId: ctx.actor.scopeJobcentreId,
      subjectType: "company",
      subjectId: companyId,
      details: { name: input.name, industry: input.industry },
      ip: ctx.ip,
    });
  });
}

/** An open workplace of the company; a closed one is no longer changed. */
function openOwnWorkplace(tx: DbOrTx, companyId: number, workplaceId: number) {
  const workplace = tx
    .select()
    .from(workplaces)
    .where(and(eq(workplaces.id, workplaceId), eq(workplaces.companyId, companyId)))
    .get();
  if (!workplace) throw notFound();
  if (workplace.closedAt) throw conflict("error.workplace.closed");
  return workplace;
}

export function addWorkplace(ctx: Ctx, input: WorkplaceInput): number {
  const companyId = requireCompanyAdmin(ctx);
  return ctx.db.transaction((tx) => {
    const duplicate = tx
      .select({ id: workplaces.id })
      .from(workplaces)
      .where(and(eq(workplaces.companyId, companyId), eq(workplaces.pNumber, input.pNumber)))
      .get();
    if (duplicate) throw invalid("error.pNumber.taken", "pNumber");
    const row = tx.insert(workplaces).values({ ...input, companyId, createdAt: ctx.now }).returning().get();
    audit(tx, {
      event: "workplace.created",
      at: ctx.now,
      actor: ctx.actor,
      jobcentreId: ctx.actor.scopeJobcentreId,
      subjectType: "workplace",
      subjectId: row.id,
      details: { pNumber: row.pNumber, name: row.name },
      ip: ctx.ip,
    });
    return row.id;
  });
}

export function updateWorkplace(ctx: Ctx, input: WorkplaceInput & { workplaceId: number; version: number }): void {
  const companyId = requireCompanyAdmin(ctx);
  ctx.db.transaction((tx) => {
    const current = openOwnWorkplace(tx, companyId, input.workplaceId);
    const clash = tx
      .select({ id: workplaces.id })
      .from(workplaces)
      .where(and(eq(workplaces.companyId, companyId), eq(workplaces.pNumber, input.pNumber)))
      .get();
    if (clash && clash.id !== current.id) throw invalid("error.pNumber.taken", "pNumber");
    const { workplaceId, version, ...fields } = input;
    const result = tx
      .update(workplaces)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(workplaces.id, workplaceId), eq(workplaces.version, version)))
      .run();
    if (result.changes === 0) throw conflict("error.conflict");
    audit(tx, {
      event: "workplace.updated",
      at: ctx.now,
      actor: ctx.actor,
      jobcentreId: ctx.actor.scopeJobcentreId,
      subjectType: "workplace",
      subjectId: workplaceId,
      details: { pNumber: input.pNumber, ordinaryFte: input.ordinaryFte },
      ip: ctx.ip,
    });
  });
}

/** Closing keeps the row (later slots and placements refer to it); it just stops being offered. */
export function closeWorkplace(ctx: Ctx, input: { workplaceId: number }): void {
  const companyId = requireCompanyAdmin(ctx);
  ctx.db.transaction((tx) => {
    const current = openOwnWorkplace(tx, companyId, input.workplaceId);
    const open = tx
      .select({ id: workplaces.id })
      .from(workplaces)
      .where(and(eq(workplaces.companyId, companyId), isNull(workplaces.closedAt)))
      .all();
    if (open.length <= 1) throw invalid("error.workplace.lastOpen");
    tx.update(workplaces)
      .set({ closedAt: ctx.now, version: current.version + 1 })
      .where(eq(workplaces.id, current.id))
      .run();
    audit(tx, {
      event: "workplace.closed",
      at: ctx.now,
      actor: ctx.actor,
      jobcentreId: ctx.actor.scopeJobcentreId,
      subjectType: "workplace",
      subjectId: current.id,
      details: { pNumber: current.pNumber },
      ip: ctx.ip,
    });
  });
}
