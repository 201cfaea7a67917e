import { and, eq, isNull } from "drizzle-orm";
import { bumpDashboardVersion } from "../dashboard/versions.server";
import type { DbOrTx } from "~/db/client.server";
import { companies, workplaces } from "~/db/schema";
import type { Ctx } from "../actor";
import { conflict, invalid, notFound } from "../errors";
import { requireCompanyAdmin, requireJobcentreStaff } from "../shared/access";
import { recordAudit } from "../shared/audit.server";
import { tenantScope } from "../shared/tenancy.server";
import { notifyCompanyHr } from "../notifications/commands.server";
import { assertCompanyMay } from "./policy.server";
import type { CompanyProfileInput, WorkplaceInput } from "./schema";

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
    assertCompanyMay(tx, companyId, "amend");
    const result = tx
      .update(companies)
      .set({ name: input.name, industry: input.industry, version: input.version + 1 })
      .where(and(eq(companies.id, companyId), eq(companies.version, input.version)))
      .run();
    if (result.changes === 0) throw conflict("error.conflict");
    recordAudit(tx, ctx, "company.updated", { type: "company", id: companyId }, { name: input.name, industry: input.industry });
    // The company's name is on the dashboard's work lists (decision 045).
    bumpDashboardVersion(tx, tx.select({ j: companies.jobcentreId }).from(companies).where(eq(companies.id, companyId)).get()?.j);
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
    assertCompanyMay(tx, companyId, "amend");
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
    assertCompanyMay(tx, companyId, "amend");
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
    assertCompanyMay(tx, companyId, "amend");
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
