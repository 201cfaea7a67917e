import { and, asc, eq, sql } from "drizzle-orm";
import { preparedPerConnection } from "~/db/prepared.server";
import { auditLog, candidates, followUpComments, followUps, placementEndings, placements, placementStatusChecks, proposals, slots, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { notFound } from "../errors";
import { copenhagenDate } from "../shared/working-days";
import { milestoneReached, thirteenWeekMark } from "./ending";
import { adjustmentsOf, notesOf } from "./follow-up-queries.server";
import { isCompanySide, maySeePlacement } from "./policy";

/** One line of the timeline: its day, what happened (a catalogue suffix) and its figures. */
export interface TimelineEvent {
  on: string;
  kind: "proposed" | "meeting" | "started" | "followUp" | "adjustmentProposed" | "adjustmentApproved" | "adjustmentDeclined" | "comment" | "note" | "endMoved" | "milestone" | "ended" | "status";
  vars: Record<string, string | number>;
  text?: string | null;
  link?: string;
}

const day = (at: Date) => copenhagenDate(at);

const KIND_ORDER: TimelineEvent["kind"][] = ["proposed", "meeting", "started", "followUp", "comment", "adjustmentProposed", "adjustmentApproved", "adjustmentDeclined", "note", "endMoved", "milestone", "ended", "status"];

/*
 * The timeline's reads, built once per connection (decision 065; as decision 051 did for the
 * placement page): drizzle built the SQL of each on every view, and the comments' once per
 * follow-up sent (16 on the bench's placement), 1.0 of the loader's 1.25 ms. The comments of all
 * the placement's sent follow-ups come in one read, each follow-up's in the order of their ids as
 * its own read gave them.
 */
const placeholder = sql.placeholder("placementId");
const headOf = preparedPerConnection((db) =>
  db
    .select({ p: placements, proposal: { createdAt: proposals.createdAt, meetingDate: proposals.meetingDate }, alias: candidates.alias, slotTitle: slots.title })
    .from(placements)
    .innerJoin(proposals, eq(proposals.id, placements.proposalId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .where(eq(placements.id, placeholder))
    .prepare(),
);
const submittedOf = preparedPerConnection((db) =>
  db
    .select({ id: followUps.id, dueDate: followUps.dueDate, week: followUps.week, wellBeing: followUps.wellBeing, hoursWorked: followUps.hoursWorked })
    .from(followUps)
    .where(and(eq(followUps.placementId, placeholder), eq(followUps.status, "submitted")))
    .orderBy(asc(followUps.dueDate))
    .prepare(),
);
const commentsOf = preparedPerConnection((db) =>
  db
    .select({ followUpId: followUpComments.followUpId, text: followUpComments.text, createdAt: followUpComments.createdAt, by: users.name })
    .from(followUpComments)
    .innerJoin(followUps, eq(followUps.id, followUpComments.followUpId))
    .innerJoin(users, eq(users.id, followUpComments.userId))
    .where(and(eq(followUps.placementId, placeholder), eq(followUps.status, "submitted")))
    .orderBy(asc(followUpComments.followUpId), asc(followUpComments.id))
    .prepare(),
);
const endMovesOf = preparedPerConnection((db) =>
  db
    .select({ at: auditLog.at, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "placement"), eq(auditLog.subjectId, placeholder), eq(auditLog.event, "placement.end_moved")))
    .prepare(),
);
const endingOf = preparedPerConnection((db) => db.select().from(placementEndings).where(eq(placementEndings.placementId, placeholder)).prepare());
const statusCheckOf = preparedPerConnection((db) => db.select().from(placementStatusChecks).where(eq(placementStatusChecks.placementId, placeholder)).prepare());

/**
 * A placement's story in one list, oldest first: the proposal, the match meeting (its agreed day), the start,
 * each follow-up sent, each adjustment, each comment, end moves, the 13-week mark and the
 * end. The company side never gets the consultant's notes, the status three months on or the
 * end reason's own words (and nothing here carries the target group).
 */
export function placementTimeline(ctx: Ctx, placementId: number) {
  const today = copenhagenDate(ctx.now);
  const row = headOf(ctx.db).get({ placementId });
  if (!row || !maySeePlacement(ctx.actor, row.p)) throw notFound();
  const { p, proposal } = row;
  const companySide = isCompanySide(ctx.actor.role);
  const side = companySide ? "company" : "jobcentre";
  const events: TimelineEvent[] = [];
  events.push({ on: day(proposal.createdAt), kind: "proposed", vars: {} });
  if (proposal.meetingDate) events.push({ on: proposal.meetingDate, kind: "meeting", vars: {} });
  events.push({ on: p.startDate, kind: "started", vars: { hours: p.startHours } });
  const comments = new Map<number, { text: string; createdAt: Date; by: string }[]>();
  for (const { followUpId, ...c } of commentsOf(ctx.db).all({ placementId: p.id })) {
    const list = comments.get(followUpId);
    if (list) list.push(c);
    else comments.set(followUpId, [c]);
  }
  for (const f of submittedOf(ctx.db).all({ placementId: p.id })) {
    events.push({ on: f.dueDate, kind: "followUp", vars: { week: f.week, wellBeing: f.wellBeing ?? 0, hours: f.hoursWorked ?? 0 }, link: `/${side}/placements/${p.id}/follow-ups/${f.id}` });
    for (const c of comments.get(f.id) ?? []) {
      events.push({ on: day(c.createdAt), kind: "comment", vars: { by: c.by, week: f.week }, text: c.text });
    }
  }
  for (const a of adjustmentsOf(ctx.db, p.id)) {
    events.push({ on: day(a.createdAt), kind: "adjustmentProposed", vars: {} });
    if (a.status === "approved" && a.decidedAt) events.push({ on: day(a.decidedAt), kind: "adjustmentApproved", vars: { from: a.fromDate ?? "", hours: a.hours ?? 0 } });
    if (a.status === "declined" && a.decidedAt) events.push({ on: day(a.decidedAt), kind: "adjustmentDeclined", vars: {} });
  }
  if (!companySide) for (const n of notesOf(ctx.db, p.id)) events.push({ on: day(n.createdAt), kind: "note", vars: { by: n.by }, text: n.text });
  for (const m of endMovesOf(ctx.db).all({ placementId: p.id })) {
    events.push({ on: day(m.at), kind: "endMoved", vars: { to: String(m.details?.to ?? "") } });
  }
  const ending = endingOf(ctx.db).get({ placementId: p.id }) ?? null;
  if (milestoneReached({ startDate: p.startDate, status: p.status, endedOn: ending?.endedOn ?? null }, today)) events.push({ on: thirteenWeekMark(p.startDate), kind: "milestone", vars: {} });
  if (ending) events.push({ on: ending.endedOn, kind: "ended", vars: { kind: ending.kind, outcome: ending.outcome, reason: ending.reason ?? "" }, text: companySide ? null : ending.reasonText });
  if (!companySide) {
    const check = statusCheckOf(ctx.db).get({ placementId: p.id });
    if (check) events.push({ on: check.onDate, kind: "status", vars: { category: check.category } });
  }
  events.sort((a, b) => a.on.localeCompare(b.on) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return { id: p.id, alias: row.alias, slotTitle: row.slotTitle, events };
}
