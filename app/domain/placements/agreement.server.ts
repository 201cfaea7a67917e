import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { candidates, companies, placementGoals, placements, placementTasks, slotEvents, slots, tasks, users, workplaces } from "~/db/schema";
import type { Ctx } from "../actor";
import { notFound } from "../errors";
import { recordAudit } from "../shared/audit.server";
import { copenhagenDate } from "../shared/working-days";
import { needsRepresentative } from "../slots/representative-need";
import { workplaceMeter } from "../slots/meter.server";
import { weekOf } from "./hours-plan";
import { mayDownloadAgreement } from "./policy";
import { approvedAdjustments, termsOn } from "./terms.server";
import { fromOre } from "./wage";

/**
 * What the national agreement system asks for about one placement, gathered in one place so
 * HR or the consultant can type it in there. For HR and the jobcentre's staff only (not the
 * mentor: the agreement is between the company and the jobcentre). The company's copy never
 * holds the target group; the jobcentre's does. Every download is audited.
 */
export function agreementSummary(ctx: Ctx, placementId: number) {
  const today = copenhagenDate(ctx.now);
  const row = ctx.db
    .select({ p: placements, slot: slots, company: companies, workplace: workplaces, alias: candidates.alias, targetGroup: candidates.targetGroup, mentor: { name: users.name, email: users.email } })
    .from(placements)
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .innerJoin(workplaces, eq(workplaces.id, placements.workplaceId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(users, eq(users.id, placements.mentorUserId))
    .where(eq(placements.id, placementId))
    .get();
  if (!row || !mayDownloadAgreement(ctx.actor, row.p)) throw notFound();
  const { p, slot, company, workplace } = row;
  const companySide = ctx.actor.role === "company_admin";

  // The company's contact: the HR person who started the placement, else the first active HR person.
  const contactColumns = { name: users.name, email: users.email, phone: users.phone };
  const starter = ctx.db
    .select(contactColumns)
    .from(users)
    .where(and(eq(users.id, p.startedByUserId), eq(users.companyId, p.companyId), eq(users.role, "company_admin"), isNull(users.deactivatedAt)))
    .get();
  const contact =
    starter ??
    ctx.db
      .select(contactColumns)
      .from(users)
      .where(and(eq(users.companyId, p.companyId), eq(users.role, "company_admin"), isNull(users.deactivatedAt)))
      .orderBy(asc(users.name))
      .get() ??
    null;

  const confirmed = ctx.db
    .select({ at: slotEvents.at, comment: slotEvents.comment })
    .from(slotEvents)
    .where(and(eq(slotEvents.slotId, slot.id), eq(slotEvents.event, "representative_confirmed")))
    .orderBy(desc(slotEvents.at), desc(slotEvents.id))
    .get();

  const startTaskIds = ctx.db.select({ id: placementTasks.taskId }).from(placementTasks).where(eq(placementTasks.placementId, p.id)).all().map((r) => r.id);
  const terms = termsOn(p, startTaskIds, approvedAdjustments(ctx.db, p.id), today);
  const taskRows = terms.taskIds.length
    ? ctx.db.select({ title: tasks.title, description: tasks.description }).from(tasks).where(inArray(tasks.id, terms.taskIds)).orderBy(asc(tasks.title)).all()
    : [];
  const goals = ctx.db.select({ text: placementGoals.text }).from(placementGoals).where(eq(placementGoals.placementId, p.id)).orderBy(asc(placementGoals.position)).all();
  const meter = workplaceMeter(ctx.db, p.workplaceId, null, undefined, ctx.now);

  recordAudit(ctx.db, ctx, "placement.agreement_downloaded", { type: "placement", id: p.id, companyId: p.companyId, jobcentreId: p.jobcentreId });

  return {
    placementId: p.id,
    slotTitle: slot.title,
    alias: row.alias,
    company: { name: company.name, cvr: company.cvr },
    workplace: { name: workplace.name, pNumber: workplace.pNumber, address: workplace.address, postcode: workplace.postcode, city: workplace.city },
    contact,
    representative: {
      required: needsRepresentative(workplace.ordinaryFte),
      name: slot.repName,
      email: slot.repEmail,
      status: slot.repStatus,
      confirmedAt: confirmed?.at ?? null,
      comment: confirmed?.comment ?? null,
    },
    meter: meter ? { fte: meter.fte, capacity: meter.capacity, used: meter.used, atTarget: meter.atTarget } : null,
    kind: p.kind,
    startDate: p.startDate,
    plannedEndDate: p.plannedEndDate,
    weeks: weekOf(p.startDate, p.plannedEndDate),
    startHours: p.startHours,
    targetHours: p.targetHours,
    steps: p.steps,
    workingDays: terms.days,
    dayStart: slot.dayStart,
    dayEnd: slot.dayEnd,
    tasks: taskRows,
    purposeKind: slot.purposeKind,
    purpose: slot.purpose,
    goals: goals.map((g) => g.text),
    mentor: row.mentor,
    /** Løntilskud only: kroner a month, as recorded at the start or changed since (null: not recorded, e.g. started before the field existed). */
    monthlyWageCost: p.kind === "loentilskud" ? fromOre(p.monthlyWageCostOre) : null,
    targetGroup: companySide ? null : row.targetGroup,
  };
}

export type AgreementSummary = ReturnType<typeof agreementSummary>;
