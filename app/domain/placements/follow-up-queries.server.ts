import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { candidates, consultantNotes, followUpComments, followUps, placementAdjustments, placementGoals, placements, placementTasks, slots, tasks, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { addDays } from "../candidates/consent";
import { notFound } from "../errors";
import { copenhagenDate } from "../shared/working-days";
import { FOLLOW_UP_OPENS_DAYS_BEFORE } from "./vocabulary";
import { isCompanySide, maySeePlacement } from "./policy";
import { approvedAdjustments, termsOn } from "./terms.server";

/** The task ids recorded for the placement (placement_tasks). */
export function currentTaskIds(tx: DbOrTx, placementId: number): number[] {
  return tx.select({ id: placementTasks.taskId }).from(placementTasks).where(eq(placementTasks.placementId, placementId)).all().map((r) => r.id);
}

/** A placement's follow-ups in order, each with whether it is open to fill in and overdue. */
export function followUpsOf(db: DbOrTx, placementId: number, today: string) {
  return db
    .select({
      id: followUps.id,
      week: followUps.week,
      dueDate: followUps.dueDate,
      status: followUps.status,
      wellBeing: followUps.wellBeing,
      submittedAt: followUps.submittedAt,
      daysPresent: followUps.daysPresent,
      daysPlanned: followUps.daysPlanned,
      hoursWorked: followUps.hoursWorked,
    })
    .from(followUps)
    .where(eq(followUps.placementId, placementId))
    .orderBy(asc(followUps.dueDate))
    .all()
    .map((f) => ({ ...f, ...openState(f, today) }));
}

/** Whether a follow-up of a placement's page is open to fill in today, and overdue. */
export function openState(f: { status: string; dueDate: string }, today: string) {
  return { open: f.status !== "submitted" && f.dueDate <= addDays(today, FOLLOW_UP_OPENS_DAYS_BEFORE), overdue: f.status !== "submitted" && f.dueDate < today };
}

/**
 * One placement's follow-ups as a list (its CSV): the same rows as its page, for whoever may see
 * the placement; a foreign or unknown placement does not exist. Rows carry the citizen's alias.
 */
export function followUpList(ctx: Ctx, placementId: number) {
  const p = ctx.db
    .select({ id: placements.id, companyId: placements.companyId, jobcentreId: placements.jobcentreId, mentorUserId: placements.mentorUserId, alias: candidates.alias })
    .from(placements)
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .where(eq(placements.id, placementId))
    .get();
  if (!p || !maySeePlacement(ctx.actor, p)) throw notFound();
  const rows = followUpsOf(ctx.db, p.id, copenhagenDate(ctx.now)).map((f) => ({ ...f, alias: p.alias }));
  return { rows, total: rows.length };
}

/** Adjustments of a placement, newest first, with who decided. */
// Built once per connection (decision 051): the placement pages read these on every view.
const adjustmentsQuery = preparedPerConnection((db) =>
  db
    .select({ id: placementAdjustments.id, followUpId: placementAdjustments.followUpId, status: placementAdjustments.status, hours: placementAdjustments.hours, days: placementAdjustments.days, taskIds: placementAdjustments.taskIds, suggestionText: placementAdjustments.suggestionText, fromDate: placementAdjustments.fromDate, reason: placementAdjustments.reason, decidedAt: placementAdjustments.decidedAt, createdAt: placementAdjustments.createdAt })
    .from(placementAdjustments)
    .where(eq(placementAdjustments.placementId, sql.placeholder("placementId")))
    .orderBy(desc(placementAdjustments.createdAt), desc(placementAdjustments.id))
    .prepare(),
);

export function adjustmentsOf(db: DbOrTx, placementId: number) {
  return adjustmentsQuery(db).all({ placementId });
}

/** The consultant's notes; callers are the jobcentre side only. */
export function notesOf(db: DbOrTx, placementId: number) {
  return notesQuery(db).all({ placementId });
}

const notesQuery = preparedPerConnection((db) =>
  db
    .select({ id: consultantNotes.id, text: consultantNotes.text, createdAt: consultantNotes.createdAt, by: users.name })
    .from(consultantNotes)
    .innerJoin(users, eq(users.id, consultantNotes.userId))
    .where(eq(consultantNotes.placementId, sql.placeholder("placementId")))
    .orderBy(desc(consultantNotes.createdAt), desc(consultantNotes.id))
    .prepare(),
);

function placementFor(ctx: Ctx, placementId: number) {
  const p = ctx.db.select().from(placements).where(eq(placements.id, placementId)).get();
  if (!p || !maySeePlacement(ctx.actor, p)) throw notFound();
  return p;
}

/**
 * One follow-up for either side: the questions (the tasks and goals in force on its day),
 * the answers so far, the consultant's comments and the adjustment it suggested.
 */
export function followUpView(ctx: Ctx, placementId: number, followUpId: number) {
  const p = placementFor(ctx, placementId);
  const f = ctx.db.select().from(followUps).where(and(eq(followUps.id, followUpId), eq(followUps.placementId, p.id))).get();
  if (!f) throw notFound();
  const today = copenhagenDate(ctx.now);
  const terms = termsOn(p, currentTaskIds(ctx.db, p.id), approvedAdjustments(ctx.db, p.id), f.dueDate);
  const taskRows = terms.taskIds.length ? ctx.db.select({ id: tasks.id, title: tasks.title }).from(tasks).where(inArray(tasks.id, terms.taskIds)).orderBy(asc(tasks.title)).all() : [];
  const goals = ctx.db.select({ id: placementGoals.id, text: placementGoals.text }).from(placementGoals).where(eq(placementGoals.placementId, p.id)).orderBy(asc(placementGoals.position)).all();
  const head = ctx.db.select({ alias: candidates.alias, slotTitle: slots.title }).from(placements).innerJoin(candidates, eq(candidates.id, placements.candidateId)).innerJoin(slots, eq(slots.id, placements.slotId)).where(eq(placements.id, p.id)).get()!;
  const comments = ctx.db
    .select({ id: followUpComments.id, text: followUpComments.text, createdAt: followUpComments.createdAt, by: users.name })
    .from(followUpComments)
    .innerJoin(users, eq(users.id, followUpComments.userId))
    .where(eq(followUpComments.followUpId, f.id))
    .orderBy(asc(followUpComments.createdAt))
    .all();
  const adjustment = ctx.db.select().from(placementAdjustments).where(eq(placementAdjustments.followUpId, f.id)).get() ?? null;
  const companyTasks = isCompanySide(ctx.actor.role) ? [] : ctx.db.select({ id: tasks.id, title: tasks.title }).from(tasks).where(and(eq(tasks.companyId, p.companyId), eq(tasks.status, "active"))).orderBy(asc(tasks.title)).all();
  return {
    placementId: p.id,
    alias: head.alias,
    slotTitle: head.slotTitle,
    placementActive: p.status === "active",
    followUp: {
      id: f.id,
      version: f.version,
      week: f.week,
      dueDate: f.dueDate,
      status: f.status,
      open: f.status !== "submitted" && f.dueDate <= addDays(today, FOLLOW_UP_OPENS_DAYS_BEFORE),
      answers: {
        daysPresent: f.daysPresent,
        daysPlanned: f.daysPlanned ?? terms.days.length,
        hoursWorked: f.hoursWorked,
        wellBeing: f.wellBeing,
        taskProgress: f.taskProgress,
        goalProgress: f.goalProgress,
        wentWell: f.wentWell,
        concerns: f.concerns,
        suggestedHours: f.suggestedHours,
        suggestedDays: f.suggestedDays,
        suggestionText: f.suggestionText,
      },
      savedAt: f.savedAt,
      submittedAt: f.submittedAt,
    },
    terms: { hours: terms.hours, days: terms.days, taskIds: terms.taskIds },
    tasks: taskRows,
    goals,
    comments,
    adjustment: adjustment ? { id: adjustment.id, status: adjustment.status, hours: adjustment.hours, days: adjustment.days, taskIds: adjustment.taskIds, suggestionText: adjustment.suggestionText, fromDate: adjustment.fromDate, reason: adjustment.reason } : null,
    companyTasks,
    today,
  };
}

