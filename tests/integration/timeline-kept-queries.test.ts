/**
 * The placement timeline read through queries kept per connection, with the comments of all the
 * sent follow-ups in one read (decision 065), answers as the code before did: that code is
 * written here as the reference, and both are asked after every step of a random history of
 * placements (follow-ups sent in any order, comments on sent and unsent follow-ups by several
 * people on the same and other days, notes, adjustments proposed, approved and declined, end
 * moves beside other audit rows, an ending, the status three months on), by every side.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { auditLog, candidates, consultantNotes, followUpComments, followUps, placementAdjustments, placementEndings, placements, placementStatusChecks, proposals, slots, users } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { addDays } from "~/domain/candidates/consent";
import { notFound } from "~/domain/errors";
import { milestoneReached, thirteenWeekMark } from "~/domain/placements/ending";
import { adjustmentsOf, notesOf } from "~/domain/placements/follow-up-queries.server";
import { isCompanySide, maySeePlacement } from "~/domain/placements/policy";
import { placementTimeline, type TimelineEvent } from "~/domain/placements/timeline.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, makePlacement, makeWorld } from "../factories";
import { random } from "../random";

const day = (at: Date) => copenhagenDate(at);

/** `placementTimeline` as it was: every query built on each call, the comments read per follow-up. */
function reference(ctx: Ctx, placementId: number) {
  const today = copenhagenDate(ctx.now);
  const row = ctx.db
    .select({ p: placements, proposal: proposals, alias: candidates.alias, slotTitle: slots.title })
    .from(placements)
    .innerJoin(proposals, eq(proposals.id, placements.proposalId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .where(eq(placements.id, placementId))
    .get();
  if (!row || !maySeePlacement(ctx.actor, row.p)) throw notFound();
  const { p, proposal } = row;
  const companySide = isCompanySide(ctx.actor.role);
  const side = companySide ? "company" : "jobcentre";
  const events: TimelineEvent[] = [];
  events.push({ on: day(proposal.createdAt), kind: "proposed", vars: {} });
  if (proposal.meetingDate) events.push({ on: proposal.meetingDate, kind: "meeting", vars: {} });
  events.push({ on: p.startDate, kind: "started", vars: { hours: p.startHours } });
  for (const f of ctx.db.select().from(followUps).where(and(eq(followUps.placementId, p.id), eq(followUps.status, "submitted"))).orderBy(asc(followUps.dueDate)).all()) {
    events.push({ on: f.dueDate, kind: "followUp", vars: { week: f.week, wellBeing: f.wellBeing ?? 0, hours: f.hoursWorked ?? 0 }, link: `/${side}/placements/${p.id}/follow-ups/${f.id}` });
    for (const c of ctx.db.select({ text: followUpComments.text, createdAt: followUpComments.createdAt, by: users.name }).from(followUpComments).innerJoin(users, eq(users.id, followUpComments.userId)).where(eq(followUpComments.followUpId, f.id)).all()) {
      events.push({ on: day(c.createdAt), kind: "comment", vars: { by: c.by, week: f.week }, text: c.text });
    }
  }
  for (const a of adjustmentsOf(ctx.db, p.id)) {
    events.push({ on: day(a.createdAt), kind: "adjustmentProposed", vars: {} });
    if (a.status === "approved" && a.decidedAt) events.push({ on: day(a.decidedAt), kind: "adjustmentApproved", vars: { from: a.fromDate ?? "", hours: a.hours ?? 0 } });
    if (a.status === "declined" && a.decidedAt) events.push({ on: day(a.decidedAt), kind: "adjustmentDeclined", vars: {} });
  }
  if (!companySide) for (const n of notesOf(ctx.db, p.id)) events.push({ on: day(n.createdAt), kind: "note", vars: { by: n.by }, text: n.text });
  for (const m of ctx.db.select({ at: auditLog.at, details: auditLog.details }).from(auditLog).where(and(eq(auditLog.subjectType, "placement"), eq(auditLog.subjectId, p.id), eq(auditLog.event, "placement.end_moved"))).all()) {
    events.push({ on: day(m.at), kind: "endMoved", vars: { to: String(m.details?.to ?? "") } });
  }
  const ending = ctx.db.select().from(placementEndings).where(eq(placementEndings.placementId, p.id)).get() ?? null;
  if (milestoneReached({ startDate: p.startDate, status: p.status, endedOn: ending?.endedOn ?? null }, today)) events.push({ on: thirteenWeekMark(p.startDate), kind: "milestone", vars: {} });
  if (ending) events.push({ on: ending.endedOn, kind: "ended", vars: { kind: ending.kind, outcome: ending.outcome, reason: ending.reason ?? "" }, text: companySide ? null : ending.reasonText });
  if (!companySide) {
    const check = ctx.db.select().from(placementStatusChecks).where(eq(placementStatusChecks.placementId, p.id)).get();
    if (check) events.push({ on: check.onDate, kind: "status", vars: { category: check.category } });
  }
  const order: TimelineEvent["kind"][] = ["proposed", "meeting", "started", "followUp", "comment", "adjustmentProposed", "adjustmentApproved", "adjustmentDeclined", "note", "endMoved", "milestone", "ended", "status"];
  events.sort((a, b) => a.on.localeCompare(b.on) || order.indexOf(a.kind) - order.indexOf(b.kind));
  return { id: p.id, alias: row.alias, slotTitle: row.slotTitle, events };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const DAY = 86_400_000;

beforeAll(async () => {
  w = await makeWorld();
});

describe("the placement timeline through kept queries", () => {
  it("answers as the queries built per call over random histories, for every side", async () => {
    const db = getDb();
    const r = random(65);
    const people = [w.hr, w.mentor, w.consultant, w.admin];
    let compared = 0;
    for (const daysAgo of [0, 8, 15, 22, 30, 30]) {
      const { id, proposalId } = await makePlacement(w, { daysAgo });
      if (daysAgo === 15) db.update(proposals).set({ meetingDate: null }).where(eq(proposals.id, proposalId)).run();
      const start = Date.now() - daysAgo * DAY;
      const at = () => new Date(start + r.int(daysAgo + 30) * DAY + r.int(3) * 3_600_000);
      for (let step = 0; step < 12; step++) {
        const due = db.select({ id: followUps.id }).from(followUps).where(eq(followUps.placementId, id)).all();
        const what = r.int(8);
        if (what === 0 && due.length) {
          // Follow-ups sent in any order, with or without their figures.
          for (const f of due.filter(() => r.next() < 0.4)) db.update(followUps).set({ status: "submitted", wellBeing: r.next() < 0.8 ? 1 + r.int(5) : null, hoursWorked: r.next() < 0.8 ? r.int(37) + 0.5 * r.int(2) : null }).where(eq(followUps.id, f.id)).run();
        } else if (what <= 2 && due.length) {
          // Comments on sent and unsent follow-ups, several on one day, the follow-ups interleaved.
          for (let k = 0; k < 1 + r.int(6); k++) db.insert(followUpComments).values({ followUpId: r.pick(due).id, userId: r.pick(people).id, text: `kommentar ${step}.${k}`, createdAt: r.next() < 0.3 ? new Date(start) : at() }).run();
        } else if (what === 3) {
          db.insert(consultantNotes).values({ placementId: id, userId: r.pick([w.consultant, w.admin]).id, text: `note ${step}`, createdAt: at() }).run();
        } else if (what === 4) {
          const status = r.pick(["proposed", "approved", "declined"] as const);
          db.insert(placementAdjustments).values({ placementId: id, followUpId: due.length && r.next() < 0.5 ? r.pick(due).id : null, status, hours: r.next() < 0.8 ? 10 + r.int(20) : null, fromDate: r.next() < 0.7 ? copenhagenDate(at()) : null, decidedAt: status !== "proposed" && r.next() < 0.9 ? at() : null, decidedByUserId: status !== "proposed" ? w.hr.id : null, createdAt: at() }).run();
        } else if (what === 5) {
          // End moves, and audit rows beside them that are not end moves of this placement.
          db.insert(auditLog).values({ at: at(), event: "placement.end_moved", subjectType: "placement", subjectId: id, details: r.next() < 0.8 ? { to: copenhagenDate(at()) } : {} }).run();
          db.insert(auditLog).values({ at: at(), event: r.pick(["placement.end_moved", "placement.started"]), subjectType: r.pick(["placement", "candidate"]), subjectId: id + 1 }).run();
          db.insert(auditLog).values({ at: at(), event: "placement.started", subjectType: "placement", subjectId: id }).run();
        } else if (what === 6 && step > 6 && !db.select().from(placementEndings).where(eq(placementEndings.placementId, id)).get()) {
          const endedOn = copenhagenDate(at());
          db.insert(placementEndings).values({ placementId: id, kind: r.pick(["completed", "interrupted"] as const), endedOn, reason: r.next() < 0.5 ? "other" : null, reasonText: r.next() < 0.5 ? "Flyttede" : null, outcome: "continued_search", statusDueOn: addDays(endedOn, 91), endedByUserId: w.consultant.id, endedAt: at() }).run();
          if (r.next() < 0.5) db.update(placements).set({ status: "completed" }).where(eq(placements.id, id)).run();
        } else if (what === 7 && !db.select().from(placementStatusChecks).where(eq(placementStatusChecks.placementId, id)).get() && r.next() < 0.5) {
          db.insert(placementStatusChecks).values({ placementId: id, onDate: copenhagenDate(at()), category: "employee", hours: 30, recordedByUserId: w.consultant.id, recordedAt: at() }).run();
        }
        for (const user of [w.consultant, w.admin, w.hr, w.mentor]) {
          for (const now of [new Date(), new Date(Date.now() + 80 * DAY), new Date(Date.now() + 200 * DAY)]) {
            const ctx = ctxFor(user, now);
            expect(placementTimeline(ctx, id)).toEqual(reference(ctx, id));
            compared++;
          }
        }
      }
      for (const user of [w.consultantOther, w.hrOther]) expect(() => placementTimeline(ctxFor(user), id)).toThrow(expect.objectContaining({ kind: "not_found" }));
    }
    expect(compared).toBe(6 * 12 * 12);
  });
});
