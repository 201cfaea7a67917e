import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db, DbOrTx } from "~/db/client.server";
import { derivedFrom, keptUnderCounter } from "../dashboard/cache.server";
import { type candidates, catalogueTasks, companies, consentCompanies, consents, mentorProfiles, placements, proposals, slots, slotTasks, tasks, workplaces } from "~/db/schema";
import type { Industry } from "../companies/schema";
import { postcodeDistance } from "../geo/postcodes.server";
import type { Chore } from "../tasks/schema";
import type { ConsentFacts } from "./consent";
import { fit, fitOrder, type Fit, type FitCandidate, type FitSlot } from "./fit";

type CandidateRow = typeof candidates.$inferSelect;
/** The part of a candidate the fit reads. */
export type FitRow = Pick<CandidateRow, "postcode" | "hoursNow" | "goalHours" | "days" | "supportNeeds" | "languages" | "wishIndustries" | "wishTasks" | "maxTravelKm" | "mentorStyles">;

/** Loading for the pure fit function: candidates, slots and consents in a few batched reads. */
export function fitCandidate(row: FitRow, inActivePlacement: boolean): FitCandidate {
  return {
    hoursNow: row.hoursNow,
    goalHours: row.goalHours,
    days: row.days,
    supportNeeds: row.supportNeeds,
    languages: row.languages,
    wishIndustries: row.wishIndustries,
    wishTasks: row.wishTasks,
    maxTravelKm: row.maxTravelKm,
    mentorStyles: row.mentorStyles,
    inActivePlacement,
  };
}

export interface SlotForFit {
  id: number;
  title: string;
  companyId: number;
  companyName: string;
  postcode: string;
  city: string;
  startDate: string;
  seats: number;
  mentorUserId: number;
  fit: FitSlot;
}

/** Open slots of the jobcentre (or the given ones), with tasks, kinds of task and mentor profile. */
export function slotsForFit(db: DbOrTx, jobcentreId: number, slotIds?: number[]): SlotForFit[] {
  const where = [eq(slots.jobcentreId, jobcentreId), eq(slots.status, "open")];
  if (slotIds) where.push(inArray(slots.id, slotIds));
  const rows = db
    .select({
      id: slots.id,
      title: slots.title,
      companyId: slots.companyId,
      companyName: companies.name,
      industry: companies.industry,
      postcode: workplaces.postcode,
      city: workplaces.city,
      startDate: slots.startDate,
      seats: slots.seats,
      startHours: slots.startHours,
      targetHours: slots.targetHours,
      workingDays: slots.workingDays,
      mentorUserId: slots.mentorUserId,
      mentorStyles: mentorProfiles.styles,
      mentorEdgeExperience: mentorProfiles.edgeExperience,
      mentorLanguages: mentorProfiles.languages,
    })
    .from(slots)
    .innerJoin(companies, eq(slots.companyId, companies.id))
    .innerJoin(workplaces, eq(slots.workplaceId, workplaces.id))
    .leftJoin(mentorProfiles, eq(mentorProfiles.userId, slots.mentorUserId))
    .where(and(...where))
    .all();
  if (rows.length === 0) return [];
  const taskRows = db
    .select({
      slotId: slotTasks.slotId,
      physical: tasks.physical,
      social: tasks.social,
      language: tasks.language,
      pace: tasks.pace,
      precision: tasks.precision,
      adaptations: tasks.adaptations,
      chores: catalogueTasks.chores,
    })
    .from(slotTasks)
    .innerJoin(tasks, eq(slotTasks.taskId, tasks.id))
    .leftJoin(catalogueTasks, eq(tasks.catalogueKey, catalogueTasks.key))
    // All the jobcentre's open slots: the same condition joined, not a list of 2,000 ids to bind.
    .where(inArray(slotTasks.slotId, slotIds ? rows.map((r) => r.id) : db.select({ id: slots.id }).from(slots).where(and(...where))))
    .all();
  const tasksOf = new Map<number, typeof taskRows>();
  for (const t of taskRows) {
    const list = tasksOf.get(t.slotId);
    if (list) list.push(t);
    else tasksOf.set(t.slotId, [t]);
  }
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    companyId: r.companyId,
    companyName: r.companyName,
    postcode: r.postcode,
    city: r.city,
    startDate: r.startDate,
    seats: r.seats,
    mentorUserId: r.mentorUserId,
    fit: {
      startHours: r.startHours,
      targetHours: r.targetHours,
      workingDays: r.workingDays,
      industry: r.industry as Industry,
      mentor: r.mentorStyles ? { styles: r.mentorStyles, edgeExperience: r.mentorEdgeExperience ?? false, languages: r.mentorLanguages ?? [] } : null,
      tasks: (tasksOf.get(r.id) ?? []).map((t) => ({
        demands: { physical: t.physical, social: t.social, language: t.language, pace: t.pace, precision: t.precision },
        adaptations: t.adaptations,
        chores: (t.chores ?? []) as Chore[],
      })),
    },
  }));
}

/**
 * The jobcentre's open slots for the fit, soonest start first (then by id), kept in memory under
 * the jobcentre's counter of changes to what they hold (`change_counters` 'open_slot_fit_changes',
 * migration 0027's triggers, whoever writes; decision 087): ranking them for a candidate then
 * reads no slot. Frozen, shared by every view; `kept: false` reads them anew (the tests' reference).
 */
export function openSlotsForFit(db: Db, jobcentreId: number, { kept = true }: { kept?: boolean } = {}): readonly SlotForFit[] {
  const read = () => slotsForFit(db, jobcentreId).sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id);
  return kept ? keptUnderCounter(db, "open_slot_fit_changes", jobcentreId, ["openSlotsForFit"], read) : read();
}

/** The open slots of `openSlotsForFit` by id, made once per list (kept with it). */
export function openSlotsById(open: readonly SlotForFit[]): ReadonlyMap<number, SlotForFit> {
  return derivedFrom(open, "byId", () => new Map(open.map((s) => [s.id, s])));
}

/** Current consents of these candidates, keyed by candidate. */
export function consentsFor(db: DbOrTx, candidateIds: number[]): Map<number, ConsentFacts> {
  const result = new Map<number, ConsentFacts>();
  const chunk = 900;
  for (let i = 0; i < candidateIds.length; i += chunk) {
    const ids = candidateIds.slice(i, i + chunk);
    const rows = db.select().from(consents).where(and(inArray(consents.candidateId, ids), isNull(consents.replacedAt))).all();
    if (rows.length === 0) continue;
    const companyRows = db.select().from(consentCompanies).where(inArray(consentCompanies.consentId, rows.map((r) => r.id))).all();
    for (const row of rows) {
      const mine = companyRows.filter((c) => c.consentId === row.id);
      result.set(row.candidateId, {
        givenOn: row.givenOn,
        expiresOn: row.expiresOn,
        scope: row.scope,
        sections: row.sections,
        withdrawnAt: row.withdrawnAt,
        companyIds: mine.filter((c) => !c.withdrawnAt).map((c) => c.companyId),
        withdrawnCompanyIds: mine.filter((c) => c.withdrawnAt).map((c) => c.companyId),
      });
    }
  }
  return result;
}

/**
 * Candidates already placed: in an active placement, or agreed to one that has not been
 * started yet (an accepted proposal without a placement). A placement that has ended frees
 * the candidate again.
 */
export function placedCandidates(db: DbOrTx, jobcentreId: number): Set<number> {
  const active = db.select({ id: placements.candidateId }).from(placements).where(and(eq(placements.jobcentreId, jobcentreId), eq(placements.status, "active"))).all();
  const agreed = db
    .select({ id: proposals.candidateId })
    .from(proposals)
    .leftJoin(placements, eq(placements.proposalId, proposals.id))
    .where(and(eq(proposals.jobcentreId, jobcentreId), eq(proposals.status, "accepted"), isNull(placements.id)))
    .all();
  return new Set([...active, ...agreed].map((r) => r.id));
}

/** Whether one candidate is placed (the rule of `placedCandidates`, for one: no read of the jobcentre's every placement). */
export function isPlaced(db: DbOrTx, candidateId: number): boolean {
  return db.get<{ placed: number }>(sql`select ${placedSql(sql`${candidateId}`)} as placed`).placed === 1;
}

/** The same rule as SQL, for lists: in an active placement, or agreed to one not started yet (an ended one frees). */
export function placedSql(candidateId: SQL | SQLiteColumn): SQL {
  return sql`(exists (select 1 from ${placements} pa where pa.candidate_id = ${candidateId} and pa.status = 'active') or exists (select 1 from ${proposals} pl where pl.candidate_id = ${candidateId} and pl.status = 'accepted' and not exists (select 1 from ${placements} pb where pb.proposal_id = pl.id)))`;
}

/** Distances are computed once per pair of postcodes. */
export function distanceCache() {
  const cache = new Map<string, number | null>();
  return (a: string, b: string) => {
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (!cache.has(key)) cache.set(key, postcodeDistance(a, b));
    return cache.get(key)!;
  };
}

type FitFacts = { consentCovers: boolean; placed: boolean; distance: (a: string, b: string) => number | null };

/** What the pure fit reads of a stored candidate, a slot read for the fit and the facts around them. */
function fitInputs(candidate: FitRow, slot: SlotForFit, facts: FitFacts) {
  return [fitCandidate(candidate, facts.placed), slot.fit, { distanceKm: facts.distance(candidate.postcode, slot.postcode), consentCovers: facts.consentCovers }] as const;
}

export function fitFor(candidate: FitRow, slot: SlotForFit, facts: FitFacts): Fit {
  return fit(...fitInputs(candidate, slot, facts));
}

/** `fitFor(...).order` without the lines: to rank many and give lines to one page of them. */
export function fitOrderFor(candidate: FitRow, slot: SlotForFit, facts: FitFacts): number {
  return fitOrder(...fitInputs(candidate, slot, facts));
}
