/**
 * The dashboard's kept facts (decision 039): whatever the commands do — slots opened at
 * different hours of the Danish day, proposals and declines, placements with and without
 * steps, approved adjustments, moved ends, ends before and after the 13-week mark, three-month
 * statuses, a candidate handed to another consultant — the dashboard's period figures from
 * `placement_facts` and `slot_facts` equal the definitions of figures.ts applied to the raw
 * rows (tests/dashboard-reference.ts), on many days, for the named and custom periods (also
 * starting mid-month) and each scope. And the rows the commands kept equal rows computed
 * afresh: a command that changes a fact without refreshing it fails here.
 *
 * Every command of the setup also runs through `checked` (decision 045): it must raise the
 * jobcentre's dashboard version, and the dashboard viewed through the memory right after it
 * must equal one computed afresh, so a command that changes the figures without raising the
 * version (a refresh helper without its bump) fails here too.
 */
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, followUps, placementAdjustments, placementFacts, placements, slotFacts } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { backfillDashboardFacts } from "~/domain/dashboard/facts.server";
import { medianOfCounts, median, periodOf } from "~/domain/dashboard/figures";
import { computeDashboard, jobcentreDashboard } from "~/domain/dashboard/queries.server";
import { dashboardVersion } from "~/domain/dashboard/versions.server";
import { keptAttention } from "~/domain/placements/attention-kept.server";
import { placementsNeedingAttention } from "~/domain/placements/progress.server";
import { startPlacement as startPlacementCommand } from "~/domain/placements/commands.server";
import { endPlacement as endPlacementCommand, movePlacementEnd as movePlacementEndCommand, recordStatusCheck as recordStatusCheckCommand } from "~/domain/placements/ending-commands.server";
import type { EndAnswers } from "~/domain/placements/ending";
import { decideAdjustment as decideAdjustmentCommand, saveFollowUp as saveFollowUpCommand } from "~/domain/placements/follow-up-commands.server";
import { propose as proposeCommand, transitionProposal as transitionProposalCommand } from "~/domain/proposals/commands.server";
import { DECLINE_REASONS } from "~/domain/proposals/vocabulary";
import { copenhagenDate } from "~/domain/shared/working-days";
import { transitionSlot as transitionSlotCommand } from "~/domain/slots/commands.server";
import { setStaffTeam } from "~/domain/users/teams.server";
import { referencePeriodFigures } from "../dashboard-reference";
import { ctxFor, handOver, makeCandidate, makeCompany, makeSlot, makeTask, makeUser, makeWorld, placementStartFor, followUpAnswersFor, slotVersion } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
type User = Awaited<ReturnType<typeof makeUser>>;
let w: World;
/** A large company of the jobcentre (500 FTE), so a dozen slots stay under the reasonableness cap. */
let big: { hr: User; mentor: User; workplaceId: number };
let teammate: User;
let colleague: User;
const T0 = copenhagenDate(new Date());
const day = (n: number) => addDays(T0, n);
/** An instant on a Danish day: 10:30 UTC is that day; 22:30 UTC is that day in winter and the next in summer; 23:30 UTC the next. */
const instant = (d: string, utcHour = 10) => new Date(`${d}T${String(utcHour).padStart(2, "0")}:30:00Z`);
const HOURS = [10, 22, 23] as const;
const version = (id: number) => getDb().select({ v: placements.version }).from(placements).where(eq(placements.id, id)).get()!.v;
const placementIds: number[] = [];

/** How many commands `checked` saw (the test below checks they were many). */
let checkedCommands = 0;
/** The commands after which the attention box changed (the test below checks there were such). */
const attentionChanges: string[] = [];
/**
 * A command that must raise the dashboard's version (decision 045): after it, the version is
 * higher and the dashboard served from memory equals one computed afresh, for each scope, on a
 * day after all the data (a broad custom period), so every kind of change shows in it.
 */
function checked<A extends unknown[], R>(name: string, command: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const before = dashboardVersion(getDb(), w.jc.id);
    // The jobcentre start page's attention box, kept under the same version (decision 050), on the command's own day.
    // The start pages' attention boxes, kept under the same version (decision 050), on the command's own day:
    // the jobcentre's, the big company's HR's and its mentor's.
    const at = (args[0] as { now: Date }).now;
    const viewers = [w.consultant, big.hr, big.mentor];
    const boxesBefore = viewers.map((user) => keptAttention(ctxFor(user, at)));
    const result = command(...args);
    expect(dashboardVersion(getDb(), w.jc.id), `${name} raises the dashboard's version`).toBeGreaterThan(before);
    viewers.forEach((user, i) => {
      const after = keptAttention(ctxFor(user, at));
      expect(after, `${name}: the attention box in memory after it (${user.role})`).toEqual(placementsNeedingAttention(ctxFor(user, at)));
      if (JSON.stringify(after) !== JSON.stringify(boxesBefore[i])) attentionChanges.push(`${name} (${user.role})`);
    });
    const ctx = ctxFor(w.consultant, instant(day(500), 11));
    for (const scope of ["jobcentre", "mine", "team"] as const) {
      const input = { from: day(-400), to: day(500), scope };
      expect(jobcentreDashboard(ctx, input), `${name}: the dashboard in memory after it (${scope})`).toEqual(computeDashboard(ctx, input));
    }
    checkedCommands += 1;
    return result;
  };
}
const transitionSlot = checked("approve a slot", transitionSlotCommand);
const propose = checked("propose", proposeCommand);
const transitionProposal = checked("a proposal's transition", transitionProposalCommand);
const startPlacement = checked("start a placement", startPlacementCommand);
const saveFollowUp = checked("send a follow-up", saveFollowUpCommand);
const decideAdjustment = checked("approve an adjustment", decideAdjustmentCommand);
const movePlacementEnd = checked("move a placement's end", movePlacementEndCommand);
const endPlacement = checked("end a placement", endPlacementCommand);
const recordStatusCheck = checked("record a three-month status", recordStatusCheckCommand);

async function openSlotAt(at: Date, seats: number) {
  const taskId = makeTask(big.hr, { workplaceId: String(big.workplaceId), adaptations: ["quiet_place"] });
  const id = await makeSlot({
    hr: big.hr,
    status: "submitted",
    over: { workplaceId: big.workplaceId, taskIds: [taskId], startHours: 8, targetHours: 12, steps: [], workingDays: ["mon", "tue", "wed"], dayStart: "08:00", dayEnd: "12:00", mentorUserId: big.mentor.id, seats },
  });
  transitionSlot(ctxFor(w.consultant, at), { slotId: id, command: "approve", version: slotVersion(id) });
  return id;
}

/** Responsible consultants in turn: the actor, a teammate, a colleague outside the team. */
const responsible = (i: number) => [w.consultant, teammate, colleague][i % 3]!;

function end(placementId: number, at: string, answers: Omit<EndAnswers, "endedOn" | "reasonText"> & { reasonText?: string | null }) {
  endPlacement(ctxFor(w.consultant, instant(at)), { placementId, version: version(placementId), endedOn: at, reasonText: null, ...answers });
}

beforeAll(async () => {
  w = await makeWorld();
  const company = await makeCompany(w.jc.id, { fte: 500 });
  big = { hr: company.hr, mentor: await makeUser("mentor", { companyId: company.company.id }), workplaceId: company.workplace.id };
  teammate = await makeUser("consultant", { jobcentreId: w.jc.id });
  colleague = await makeUser("consultant", { jobcentreId: w.jc.id });
  setStaffTeam(ctxFor(w.admin), { userId: w.consultant.id, team: "Team Nord" });
  setStaffTeam(ctxFor(w.admin), { userId: teammate.id, team: "Team Nord" });
  // From here every command is `checked` (the team scope exists now).

  const plans = [
    { startHours: 8, targetHours: 12, steps: [{ afterWeeks: 2, hours: 10 }], lengthWeeks: 13 },
    { startHours: 12, targetHours: 12, steps: [], lengthWeeks: 13 },
    { startHours: 6, targetHours: 12, steps: [{ afterWeeks: 3, hours: 9 }, { afterWeeks: 6, hours: 12 }], lengthWeeks: 13 },
    { startHours: 10, targetHours: 10, steps: [], lengthWeeks: 8 },
    { startHours: 9, targetHours: 12, steps: [{ afterWeeks: 4, hours: 12 }], lengthWeeks: 8 },
  ];
  const startOffsets = [-25, -3, 0, 10, 40, -30, 5];
  for (let j = 0; j < 12; j++) {
    const opened = day(6 * j - 2);
    const slotId = await openSlotAt(instant(opened < T0 ? T0 : opened, HOURS[j % 3]), 2);
    const openedOn = opened < T0 ? T0 : opened;
    // A proposal declined by the company some days later, for a reason of the list.
    const declinedCandidate = await makeCandidate(responsible(j));
    const proposedOn = addDays(openedOn, j % 4);
    const declined = propose(ctxFor(w.consultant, instant(proposedOn, HOURS[(j + 1) % 3])), { candidateId: declinedCandidate, slotId, motivation: "Stabil og motiveret." });
    const reason = DECLINE_REASONS[j % DECLINE_REASONS.length]!;
    transitionProposal(ctxFor(big.hr, instant(addDays(proposedOn, 1 + (j % 5)), HOURS[j % 3])), {
      proposalId: declined,
      version: 1,
      command: "decline",
      decline: { reason, reasonText: reason === "other" ? "Vi har ikke plads lige nu" : null, shareWithCandidate: false },
    });
    if (j % 4 === 3) continue; // a slot without a start
    // A proposal accepted and started, on a start day around the acceptance.
    const candidateId = await makeCandidate(responsible(j + 1));
    const acceptedOn = addDays(openedOn, 1 + (j % 3));
    const proposalId = propose(ctxFor(w.consultant, instant(acceptedOn, HOURS[(j + 2) % 3])), { candidateId, slotId, motivation: "Stabil og motiveret." });
    const meeting = { meetingDate: addDays(acceptedOn, 2), meetingTime: "10:00", meetingPlace: "Butikken" };
    transitionProposal(ctxFor(big.hr, instant(acceptedOn)), { proposalId, version: 1, command: "inviteToMeeting", meeting });
    transitionProposal(ctxFor(big.hr, instant(acceptedOn)), { proposalId, version: 2, command: "accept" });
    const startDate = addDays(acceptedOn, startOffsets[j % startOffsets.length]!);
    const plan = plans[j % plans.length]!;
    placementIds.push(startPlacement(ctxFor(big.hr, instant(acceptedOn)), placementStartFor(proposalId, { startDate, ...plan })));
  }

  // Slots opened at different hours of the day that get no proposal at all.
  for (const [n, hour] of [
    [3, 22],
    [17, 23],
    [40, 10],
  ] as const)
    await openSlotAt(instant(day(n), hour), 1);

  const db = getDb();
  const p = (i: number) => db.select().from(placements).where(eq(placements.id, placementIds[i]!)).get()!;

  // Approved adjustments (hours up and down), suggested in the first follow-up on its day.
  // (Two of them on placements no later command touches, so their rows are the approval's own.)
  for (const [i, hours, after] of [
    [0, 11, 9],
    [4, 6, 2],
    [8, 9, 0],
  ] as const) {
    const row = p(i);
    const f = db.select().from(followUps).where(eq(followUps.placementId, row.id)).orderBy(asc(followUps.dueDate)).get()!;
    const at = instant(f.dueDate < T0 ? T0 : f.dueDate);
    const answers = followUpAnswersFor(big.mentor, row.id, f.id, { suggestedHours: hours, suggestionText: "Flere timer" });
    saveFollowUp(ctxFor(big.mentor, at), { placementId: row.id, followUpId: f.id, version: f.version, intent: "submit", answers });
    const adj = db.select().from(placementAdjustments).where(eq(placementAdjustments.placementId, row.id)).orderBy(asc(placementAdjustments.id)).all().at(-1)!;
    decideAdjustment(ctxFor(w.consultant, at), { placementId: row.id, adjustmentId: adj.id, decision: "approve", fromDate: addDays(row.startDate, after), hours, days: null, taskIds: null });
  }

  // A moved end, and ends before and after the 13-week mark with different outcomes.
  // Moved to the day before its step to 12 hours: its last day's hours change with it.
  const moved = p(3);
  movePlacementEnd(ctxFor(big.hr), { placementId: moved.id, version: moved.version, plannedEndDate: addDays(moved.startDate, 27) });
  const ends: [number, (row: ReturnType<typeof p>) => string, Omit<EndAnswers, "endedOn" | "reasonText">][] = [
    [0, (r) => addDays(r.startDate, 20), { kind: "interrupted", reason: "illness", outcome: "interrupted", outcomeHours: null }],
    [1, (r) => r.plannedEndDate, { kind: "completed", reason: null, outcome: "ordinary_job", outcomeHours: 15 }],
    [2, (r) => addDays(r.startDate, 60), { kind: "completed", reason: null, outcome: "education", outcomeHours: null }],
    [5, (r) => r.plannedEndDate, { kind: "completed", reason: null, outcome: "smajob", outcomeHours: 5 }],
    [6, (r) => addDays(r.startDate, 95), { kind: "interrupted", reason: "got_job", outcome: "fleksjob", outcomeHours: 10 }],
    [7, (r) => addDays(r.startDate, 3), { kind: "completed", reason: null, outcome: "continued_search", outcomeHours: null }],
  ];
  for (const [i, endedOn, answers] of ends) {
    const row = p(i);
    end(row.id, endedOn(row), answers);
  }
  // Three-month statuses recorded on or after their day.
  for (const [i, category, hours] of [
    [0, "employee", 20],
    [1, "benefit", null],
    [2, "employee", 25],
    [5, "education", null],
  ] as const) {
    const row = p(i);
    const ending = db.query.placementEndings.findFirst({ where: (e, { eq }) => eq(e.placementId, row.id) }).sync()!;
    recordStatusCheck(ctxFor(w.consultant, instant(addDays(ending.statusDueOn, i))), { placementId: row.id, category, hours });
  }
  // A few hundred commands: more than the default hook time on a loaded machine.
}, 120_000);

describe("the dashboard's kept facts", () => {
  const scopes = ["jobcentre", "mine", "team"] as const;
  const days = [-40, -1, 0, 13, 29, 45, 70, 91, 100, 130, 160, 200, 260, 330, 420].map(day);

  function expectSame(on: string, label: string) {
    const now = instant(on, 11);
    const periods = [
      ...(["thisQuarter", "lastQuarter", "thisYear"] as const).map((k) => [k, periodOf(k, on)] as const),
      ["custom from mid-month", { from: addDays(on, -130), to: addDays(on, -2) }] as const,
      ["custom a year and a bit", { from: addDays(on, -400), to: addDays(on, 20) }] as const,
      ["custom one day", { from: addDays(on, -20), to: addDays(on, -20) }] as const,
    ];
    for (const [name, period] of periods) {
      for (const scope of scopes) {
        const ctx = ctxFor(w.consultant, now);
        const fast = jobcentreDashboard(ctx, { ...period, scope });
        const reference = referencePeriodFigures(ctx, { ...period, scope });
        const what = `${label}: ${on}, ${name} ${period.from}…${period.to}, ${scope}`;
        expect({ hours: fast.hours, timing: fast.timing, outcomes: fast.outcomes, declines: fast.declines, trends: fast.trends }, what).toEqual(reference);
      }
    }
  }

  it("the data reaches every figure (so the comparison below is not between empty sets)", () => {
    const ctx = ctxFor(w.consultant, instant(day(420), 11));
    const r = referencePeriodFigures(ctx, { from: day(-60), to: day(420), scope: "jobcentre" });
    expect(r.hours.placements).toBeGreaterThanOrEqual(8);
    expect(new Set(getDb().select({ id: placementFacts.placementId }).from(placementFacts).all().map((f) => f.id)).size).toBe(placementIds.length);
    expect(getDb().select().from(placementFacts).all().length).toBeGreaterThan(placementIds.length);
    expect(r.hours.lowRaised.of).toBeGreaterThan(0);
    expect(r.timing.proposed).toBeGreaterThan(5);
    expect(r.timing.started).toBeGreaterThan(5);
    expect(r.outcomes.reached13Weeks.of).toBeGreaterThan(2);
    expect(r.outcomes.reached13Weeks.n).toBeGreaterThan(0);
    expect(r.outcomes.paidHours.of).toBeGreaterThan(3);
    expect(r.outcomes.inWorkAfter3Months.of).toBe(4);
    expect(r.declines.byReason.length).toBeGreaterThan(5);
    expect(getDb().select().from(placementAdjustments).where(eq(placementAdjustments.status, "approved")).all().length).toBe(3);
    // Every command of the setup raised the version and left the memory matching the data.
    expect(checkedCommands).toBeGreaterThan(80);
    // The start page's attention box changed with started placements, sent follow-ups and ends (decision 050).
    expect([...new Set(attentionChanges)]).toEqual(
      expect.arrayContaining(["start a placement (consultant)", "send a follow-up (consultant)", "end a placement (consultant)", "send a follow-up (company_admin)", "send a follow-up (mentor)"]),
    );
  });

  it("equal the definitions applied to the raw rows on many days, periods and scopes", () => {
    for (const on of days) expectSame(on, "as kept");
  });

  it("follow the candidate's responsible consultant now: handing a candidate over moves their figures", async () => {
    const db = getDb();
    const mineBefore = jobcentreDashboard(ctxFor(w.consultant, instant(day(100), 11)), { from: day(-60), to: day(100), scope: "mine" }).hours.placements;
    const placed = db.select({ candidateId: placements.candidateId }).from(placements).innerJoin(candidates, eq(candidates.id, placements.candidateId)).where(eq(candidates.responsibleUserId, colleague.id)).get()!;
    // Through the profile command, which raises the dashboard's version (the figures in memory were of the old scope).
    await handOver(w.admin, placed.candidateId, w.consultant.id);
    expect(jobcentreDashboard(ctxFor(w.consultant, instant(day(100), 11)), { from: day(-60), to: day(100), scope: "mine" }).hours.placements).toBe(mineBefore + 1);
    for (const on of [day(0), day(100)]) expectSame(on, "after a handover");
  });

  it("are what a fresh computation gives: every command kept its rows", () => {
    const db = getDb();
    const kept = {
      placements: db.select().from(placementFacts).orderBy(asc(placementFacts.placementId), asc(placementFacts.fromOn)).all(),
      slots: db.select().from(slotFacts).orderBy(asc(slotFacts.slotId)).all(),
    };
    db.delete(placementFacts).run();
    db.delete(slotFacts).run();
    expect(backfillDashboardFacts(db).placements).toBeGreaterThanOrEqual(placementIds.length);
    expect({
      placements: db.select().from(placementFacts).orderBy(asc(placementFacts.placementId), asc(placementFacts.fromOn)).all(),
      slots: db.select().from(slotFacts).orderBy(asc(slotFacts.slotId)).all(),
    }).toEqual(kept);
  });
});

describe("a median from a histogram", () => {
  it("is the median of the values written out", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    expect(medianOfCounts(new Map())).toBeNull();
    expect(medianOfCounts(new Map([[4, 0]]))).toBeNull();
    for (let round = 0; round < 300; round++) {
      const values = Array.from({ length: 1 + random(25) }, () => random(12) + (random(2) ? 0.5 : 0));
      const counts = new Map<number, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      expect(medianOfCounts(counts), values.join(",")).toBe(median(values));
    }
  });
});
