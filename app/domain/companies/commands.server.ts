import { and, eq, isNull } from "drizzle-orm";
import { hashPassword } from "~/auth/password.server";
import { createSession } from "~/auth/session.server";
import type { DbOrTx } from "~/db/client.server";
import { companies, jobcentres, users, workplaces } from "~/db/schema";
import type { AnonCtx, Ctx } from "../actor";
import { conflict, invalid, notFound } from "../errors";
import { requireCompanyAdmin, requireJobcentreStaff } from "../shared/access";
import { recordAudit } from "../shared/audit.server";
import { tenantScope } from "../shared/tenancy.server";
import { notifyCompanyHr, notifyJobcentreStaff } from "../notifications/commands.server";
import { assertCompanyMay } from "./policy.server";
import { claimAttempt } from "../auth/throttle.server";
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
        phone: input.phone,
        passwordHash,
        role: "company_admin",
        companyId: company.id,
        createdAt: ctx.now,
      })
      .returning()
      .get();
    recordAudit(
      tx,
      { ...ctx, actorLabel: `${user.name} <${user.email}>` },
      "company.signed_up",
      { type: "company", id: company.id, companyId: company.id, jobcentreId: jobcentre.id },
      { cvr: company.cvr, name: company.name },
    );
    notifyJobcentreStaff(
      tx,
      jobcentre.id,
      {
        kind: "companySignedUp",
        link: `/jobcentre/companies/${company.id}`,
        subjectKey: "mail.signedUp.subject",
        bodyKey: "mail.signedUp.body",
        vars: { company: company.name, cvr: company.cvr, link: input.link(company.id) },
      },
      ctx.now,
    );
    const session = createSession(tx, user.id, ctx.now);
    return { ok: true as const, ...session };
  });
}

function companyOfMyJobcentre(tx: DbOrTx, ctx: Ctx, companyId: number) {
  const company = tx
    .select()
    .from(companies)
    .where(and(eq(companies.id, companyId), tenantScope(ctx.actor, { jobcentre: companies.jobcentreId })))
    .get();
  if (!company) throw notFound();
  return company;
}

/** A consultant (or admin) of the company's home jobcentre verifies or rejects it. */
export function decideCompany(
  ctx: Ctx,
  input: { companyId: number; decision: "verified" | "rejected"; reason?: string },
): void {
  requireJobcentreStaff(ctx.actor);
  ctx.db.transaction((tx) => {
    const company = companyOfMyJobcentre(tx, ctx, input.companyId);
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
    recordAudit(
      tx,
      ctx,
      input.decision === "verified" ? "company.verified" : "company.rejected",
      { type: "company", id: company.id, companyId: company.id, jobcentreId: company.jobcentreId },
      input.decision === "rejected" ? { reason: input.reason ?? "" } : { name: company.name },
    );
    notifyCompanyHr(
      tx,
      company.id,
      input.decision === "verified"
        ? { kind: "companyDecided", link: "/company", subjectKey: "mail.verified.subject", bodyKey: "mail.verified.body", vars: { company: company.name } }
        : {
            kind: "companyDecided",
            link: "/company/profile",
            subjectKey: "mail.rejected.subject",
            bodyKey: "mail.rejected.body",
            vars: { company: company.name, reason: input.reason ?? "" },
          },
      ctx.now,
    );
  });
}

export function updateCompanyProfile(ctx: Ctx, input: CompanyProfileInput & { version: number }): void {
  const companyId = requireCompanyAdmin(ctx.actor);
  ctx.db.transaction((tx) => {
    assertCompanyMay(tx, companyId, "prepare");
    const result = tx
      .update(companies)
      .set({ name: input.name, industry: input.industry, version: input.version + 1 })
      .where(and(eq(companies.id, companyId), eq(companies.version, input.version)))
      .run();
    if (result.changes === 0) throw conflict("error.conflict");
    recordAudit(tx, ctx, "company.updated", { type: "company", id: companyId }, { name: input.name, industry: input.industry });
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
  const companyId = requireCompanyAdmin(ctx.actor);
  return ctx.db.transaction((tx) => {
    assertCompanyMay(tx, companyId, "prepare");
    const duplicate = tx
      .select({ id: workplaces.id })
      .from(workplaces)
      .where(and(eq(workplaces.companyId, companyId), eq(workplaces.pNumber, input.pNumber)))
      .get();
    if (duplicate) throw invalid("error.pNumber.taken", "pNumber");
    const row = tx.insert(workplaces).values({ ...input, companyId, createdAt: ctx.now }).returning().get();
    recordAudit(tx, ctx, "workplace.created", { type: "workplace", id: row.id }, { pNumber: row.pNumber, name: row.name });
    return row.id;
  });
}

export function updateWorkplace(ctx: Ctx, input: WorkplaceInput & { workplaceId: number; version: number }): void {
  const companyId = requireCompanyAdmin(ctx.actor);
  ctx.db.transaction((tx) => {
    assertCompanyMay(tx, companyId, "prepare");
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
    recordAudit(tx, ctx, "workplace.updated", { type: "workplace", id: workplaceId }, { pNumber: input.pNumber, ordinaryFte: input.ordinaryFte });
  });
}

/** Closing keeps the row (later slots and placements refer to it); it just stops being offered. */
export function closeWorkplace(ctx: Ctx, input: { workplaceId: number }): void {
  const companyId = requireCompanyAdmin(ctx.actor);
  ctx.db.transaction((tx) => {
    assertCompanyMay(tx, companyId, "prepare");
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
    recordAudit(tx, ctx, "workplace.closed", { type: "workplace", id: current.id }, { pNumber: current.pNumber });
  });
}
