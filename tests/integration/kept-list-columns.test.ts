/**
 * The columns decision 044 keeps for the lists at national size, compared with their definition
 * on a small dataset made through the commands:
 * - `follow_ups.jobcentre_id` and `follow_ups.open_on` (the due day while not sent in an active
 *   placement): the follow-up lists across placements give the same rows, order and total as
 *   the query they replaced (joined to the placements, filtered on their status) for every view,
 *   page, day and role, after starts, drafts, sends, a moved end and an ending.
 * - `candidates.consent_expires_on` (the current consent's last day, null when none or
 *   withdrawn) equals its definition after recording, renewing, withdrawing (whole and for one
 *   company) and erasing.
 * Leaving out any keeping call in a command fails one of these; so does a start-up fill that
 * does not give the same values.
 */
import { and, asc, count, desc, eq, gt, isNull, lt, lte, ne, sql, type SQL } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, companies, consents, followUps, placements, slots, users } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { recordConsent, withdrawConsent } from "~/domain/candidates/commands.server";
import { addDays } from "~/domain/candidates/consent";
import { backfillConsentExpiry } from "~/domain/candidates/consent.server";
import { consentInput } from "~/domain/candidates/schema";
import { pageOffset } from "~/domain/pagination";
import { endPlacement, movePlacementEnd } from "~/domain/placements/ending-commands.server";
import { saveFollowUp } from "~/domain/placements/follow-up-commands.server";
import { FOLLOW_UP_OPENS_DAYS_BEFORE } from "~/domain/placements/vocabulary";
import { listFollowUps } from "~/domain/placements/follow-up-list.server";
import { backfillFollowUpColumns } from "~/domain/placements/schedule.server";
import { FOLLOW_UP_VIEWS, type FollowUpView } from "~/domain/placements/vocabulary";
import { propose } from "~/domain/proposals/commands.server";
import { eraseCandidate } from "~/domain/retention/commands.server";
import { tenantScope } from "~/domain/shared/tenancy.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, followUpAnswersFor, makeCandidate, makeOpenSlot, makePlacement, makeWorld, sendFollowUp } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const PAGE = 4;
const today = () => copenhagenDate(new Date());
const due = (id: number) => getDb().select().from(followUps).where(eq(followUps.placementId, id)).orderBy(followUps.dueDate).all();
const version = (id: number) => getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, id)).get()!.v;

/** The list as it was defined before the kept columns: every follow-up joined to its placement, open ones only in active placements. */
function byDefinition(ctx: Ctx, input: { page: number; view: FollowUpView }) {
  const day = copenhagenDate(ctx.now);
  const opensBy = addDays(day, FOLLOW_UP_OPENS_DAYS_BEFORE);
  const where: (SQL | undefined)[] = [tenantScope(ctx.actor, { company: placements.companyId, jobcentre: placements.jobcentreId })];
  if (ctx.actor.role === "mentor") where.push(eq(placements.mentorUserId, ctx.actor.userId));
  const notSent = [eq(placements.status, "active"), ne(followUps.status, "submitted")];
  if (input.view === "todo") where.push(...notSent, lte(followUps.dueDate, opensBy));
  if (input.view === "overdue") where.push(...notSent, lt(followUps.dueDate, day));
  if (input.view === "upcoming") where.push(...notSent, gt(followUps.dueDate, opensBy));
  if (input.view === "submitted") where.push(eq(followUps.status, "submitted"));
  const cond = and(...where);
  const total = getDb().select({ n: count() }).from(followUps).innerJoin(placements, eq(placements.id, followUps.placementId)).where(cond).get()?.n ?? 0;
  const order = input.view === "submitted" || input.view === "all" ? [desc(followUps.dueDate), desc(followUps.id)] : [asc(followUps.dueDate), asc(followUps.id)];
  const rows = getDb()
    .select({
      id: followUps.id,
      placementId: placements.id,
      week: followUps.week,
      dueDate: followUps.dueDate,
      status: followUps.status,
      placementStatus: placements.status,
      submittedAt: followUps.submittedAt,
      daysPresent: followUps.daysPresent,
      daysPlanned: followUps.daysPlanned,
      hoursWorked: followUps.hoursWorked,
      wellBeing: followUps.wellBeing,
      alias: candidates.alias,
      slotTitle: slots.title,
      companyName: companies.name,
      mentorName: users.name,
    })
    .from(followUps)
    .innerJoin(placements, eq(placements.id, followUps.placementId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(companies, eq(companies.id, placements.companyId))
    .innerJoin(users, eq(users.id, placements.mentorUserId))
    .where(cond)
    .orderBy(...order)
    .limit(PAGE)
    .offset(pageOffset(input.page, PAGE))
    .all()
    .map(({ placementStatus, ...f }) => {
      const pending = placementStatus === "active" && f.status !== "submitted";
      return { ...f, open: pending && f.dueDate <= opensBy, overdue: pending && f.dueDate < day };
    });
  return { rows, total, page: input.page, pageSize: PAGE };
}

function expectListsAsDefined() {
  let shown = 0;
  for (const offset of [0, 3, 7, 20, 60]) {
    const now = new Date(Date.now() + offset * 86_400_000);
    for (const user of [w.consultant, w.admin, w.hr, w.mentor, w.consultantOther, w.hrOther]) {
      for (const view of FOLLOW_UP_VIEWS) {
        for (const page of [1, 2, 4]) {
          const ctx = ctxFor(user, now);
          const expected = byDefinition(ctx, { page, view });
          expect(listFollowUps(ctx, { page, view }, PAGE), `${user.role} ${view} page ${page} day +${offset}`).toEqual(expected);
          shown += expected.rows.length;
        }
      }
    }
  }
  return shown;
}

/** Each follow-up's kept columns against their definition. */
function followUpColumns() {
  return getDb()
    .select({
      id: followUps.id,
      jobcentreId: followUps.jobcentreId,
      openOn: followUps.openOn,
      // Aliased: drizzle leaves a lone table's columns unqualified, and both tables have a status.
      defined: sql<string>`(select p.jobcentre_id || ' ' || case when p.status = 'active' and ${followUps}.status <> 'submitted' then ${followUps}.due_date else '-' end from ${placements} p where p.id = ${followUps}.placement_id)`,
    })
    .from(followUps)
    .orderBy(followUps.id)
    .all();
}

beforeAll(async () => {
  w = await makeWorld();
  // Placements started 0, 10, 18, 24 and 30 days ago; the older ones have follow-ups sent, one a draft.
  const ids: number[] = [];
  for (const daysAgo of [0, 10, 18, 24, 30]) ids.push((await makePlacement(w, { daysAgo })).id);
  for (const id of ids.slice(2)) {
    const [first, second, third] = due(id);
    sendFollowUp(w.mentor, id, first!.id, { wellBeing: 3 });
    if (third!.dueDate < today()) sendFollowUp(w.mentor, id, third!.id);
    if (second!.dueDate <= today()) saveFollowUp(ctxFor(w.mentor), { placementId: id, followUpId: second!.id, version: second!.version, intent: "draft", answers: followUpAnswersFor(w.mentor, id, second!.id, { wellBeing: null }) });
  }
  // The end moved twice (follow-ups removed, then made again), and a placement ended with follow-ups never sent before its end.
  const moved = ids[1]!;
  const p = getDb().select().from(placements).where(eq(placements.id, moved)).get()!;
  movePlacementEnd(ctxFor(w.hr), { placementId: moved, version: p.version, plannedEndDate: addDays(p.startDate, 6 * 7 - 1) });
  movePlacementEnd(ctxFor(w.hr), { placementId: moved, version: version(moved), plannedEndDate: addDays(p.startDate, 12 * 7 - 1) });
  endPlacement(ctxFor(w.consultant), { placementId: ids[3]!, version: version(ids[3]!), kind: "interrupted", endedOn: today(), reason: "not_a_match", reasonText: null, outcome: "continued_search", outcomeHours: null });
});

describe("the follow-ups across placements, from the kept jobcentre and open day", () => {
  it("gives the same rows, order and total as the query joined to the placements, for every view, page, day and role", () => {
    // Enough data that most combinations show rows; the ended placement's unsent follow-ups are in it.
    expect(expectListsAsDefined()).toBeGreaterThan(300);
    const ended = getDb().select({ n: count() }).from(followUps).innerJoin(placements, eq(placements.id, followUps.placementId)).where(and(ne(placements.status, "active"), ne(followUps.status, "submitted"))).get()!.n;
    expect(ended).toBeGreaterThan(0);
  });

  it("keeps both columns as defined, and the start-up fill gives the same", () => {
    const kept = followUpColumns();
    for (const f of kept) expect(`${f.jobcentreId} ${f.openOn ?? "-"}`, `follow-up ${f.id}`).toBe(f.defined);
    const db = getDb();
    db.update(followUps).set({ jobcentreId: null, openOn: null }).run();
    expect(backfillFollowUpColumns(db)).toBe(kept.length);
    expect(followUpColumns()).toEqual(kept);
    expect(backfillFollowUpColumns(db)).toBe(0);
  });
});

describe("the candidates' kept consent last day", () => {
  const definition = () =>
    getDb()
      .select({
        id: candidates.id,
        kept: candidates.consentExpiresOn,
        defined: sql<string | null>`(select cs.expires_on from ${consents} cs where cs.candidate_id = ${candidates}.id and cs.replaced_at is null and cs.withdrawn_at is null)`,
      })
      .from(candidates)
      .where(eq(candidates.jobcentreId, w.jc.id))
      .orderBy(candidates.id)
      .all();

  it("follows recording, renewing, withdrawing and erasing; the start-up fill gives the same", async () => {
    const consultant = ctxFor(w.consultant);
    const none = await makeCandidate(w.consultant, {}, null);
    const renewed = await makeCandidate(w.consultant);
    recordConsent(consultant, { candidateId: renewed, ...consentInput.parse({ givenOn: today(), method: "digital", scope: "any", expiresOn: addDays(today(), 40), sections: ["support"] }) });
    const withdrawn = await makeCandidate(w.consultant);
    withdrawConsent(consultant, { candidateId: withdrawn });
    const oneCompany = await makeCandidate(w.consultant);
    propose(consultant, { candidateId: oneCompany, slotId: await makeOpenSlot(w), motivation: "Motiveret og stabil." });
    withdrawConsent(consultant, { candidateId: oneCompany, companyId: w.companyA.id });
    const erased = await makeCandidate(w.consultant);
    eraseCandidate(ctxFor(w.admin), { candidateId: erased });
    const rows = definition();
    const of = (id: number) => rows.find((r) => r.id === id)!;
    expect(of(none).kept).toBeNull();
    expect(of(renewed).kept).toBe(addDays(today(), 40));
    expect(of(withdrawn).kept).toBeNull();
    expect(of(oneCompany).kept).not.toBeNull();
    expect(of(erased).kept).toBeNull();
    for (const r of rows) expect(r.kept, `candidate ${r.id}`).toBe(r.defined);
    // The start-up fill: every kept day from the consents alone, once, into a column that arrived empty.
    const db = getDb();
    const everyone = db.select({ id: candidates.id, day: candidates.consentExpiresOn }).from(candidates).orderBy(candidates.id).all();
    db.update(candidates).set({ consentExpiresOn: null }).run();
    expect(backfillConsentExpiry(db)).toBe(everyone.filter((c) => c.day !== null).length);
    expect(definition()).toEqual(rows);
    expect(db.select({ id: candidates.id, day: candidates.consentExpiresOn }).from(candidates).orderBy(candidates.id).all()).toEqual(everyone);
    expect(db.select({ n: count() }).from(candidates).where(and(isNull(candidates.consentExpiresOn), eq(candidates.jobcentreId, w.jc.id))).get()!.n).toBe(rows.filter((r) => r.defined === null).length);
    // Filled once: the next start-up reads one index entry and changes nothing.
    expect(backfillConsentExpiry(db)).toBe(0);
  });
});
