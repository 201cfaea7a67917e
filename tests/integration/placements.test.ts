import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { notifications, placementFacts, placementGoals, placements, placementTasks, slotFacts } from "~/db/schema";
import { placedCandidates } from "~/domain/candidates/fit.server";
import { addDays } from "~/domain/candidates/consent";
import { startPlacement } from "~/domain/placements/commands.server";
import { listPlacements, placementDetail, startForm } from "~/domain/placements/queries.server";
import { shapeStart, startInput } from "~/domain/placements/schema";
import { workplaceMeter } from "~/domain/slots/meter.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { formatCalendarDate } from "~/i18n/translate";
import { ctxFor, expectAudit, makeAcceptedProposal, makeOpenSlot, makeSlot, makeUser, makeWorld, placementStartFor, refusal, sessionCookieFor } from "../factories";
import { call } from "../http";

type World = Awaited<ReturnType<typeof makeWorld>>;
const today = () => copenhagenDate(new Date());

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

describe("starting a placement from an accepted proposal", () => {
  it("HR starts it with the plan, tasks and goals; audited; the mentor and the consultant are told", async () => {
    const slot = await makeOpenSlot(w, { seats: 2 });
    const { proposalId, candidateId } = await makeAcceptedProposal(w, slot);
    const id = startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { goals: ["Arbejder 12 timer om ugen i uge 13", "Pakker ordrer selvstændigt"] }));
    const row = getDb().select().from(placements).where(eq(placements.id, id)).get()!;
    expect(row).toMatchObject({ candidateId, slotId: slot, companyId: w.companyA.id, jobcentreId: w.jc.id, mentorUserId: w.mentor.id, status: "active", startDate: today(), plannedEndDate: addDays(today(), 13 * 7 - 1), startHours: 8 });
    expect(getDb().select().from(placementGoals).where(eq(placementGoals.placementId, id)).all().map((g) => g.text)).toEqual(["Arbejder 12 timer om ugen i uge 13", "Pakker ordrer selvstændigt"]);
    expect(getDb().select().from(placementTasks).where(eq(placementTasks.placementId, id)).all()).toHaveLength(1);
    expectAudit("placement.started", { subjectId: id, actorUserId: w.hr.id, companyId: w.companyA.id, jobcentreId: w.jc.id, details: { proposalId } });
    const told = (userId: number) => getDb().select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, userId === w.consultant.id ? "placementForJobcentre" : "placementForCompany"))).all();
    expect(told(w.mentor.id)).toHaveLength(1);
    expect(told(w.consultant.id)).toHaveLength(1);
    expect(told(w.hr.id)).toHaveLength(0);
  });

  it("the consultant may start it too, but only once", async () => {
    const slot = await makeOpenSlot(w);
    const { proposalId } = await makeAcceptedProposal(w, slot);
    startPlacement(ctxFor(w.consultant), placementStartFor(proposalId));
    expect(refusal(() => startPlacement(ctxFor(w.hr), placementStartFor(proposalId)))?.messageKey).toBe("error.placement.alreadyStarted");
  });

  it("refuses a mentor, another company's HR, another jobcentre's consultant", async () => {
    const slot = await makeOpenSlot(w);
    const { proposalId } = await makeAcceptedProposal(w, slot);
    expect(refusal(() => startPlacement(ctxFor(w.mentor), placementStartFor(proposalId)))?.kind).toBe("forbidden");
    expect(refusal(() => startPlacement(ctxFor(w.hrOther), placementStartFor(proposalId)))?.kind).toBe("not_found");
    expect(refusal(() => startPlacement(ctxFor(w.consultantOther), placementStartFor(proposalId)))?.kind).toBe("not_found");
    expect(getDb().select().from(placements).where(eq(placements.proposalId, proposalId)).all()).toHaveLength(0);
  });

  it("refuses a proposal that is not accepted, and a citizen already in a placement", async () => {
    const { propose } = await import("~/domain/proposals/commands.server");
    const slot = await makeOpenSlot(w, { seats: 3 });
    const { proposalId, candidateId } = await makeAcceptedProposal(w, slot);
    startPlacement(ctxFor(w.hr), placementStartFor(proposalId));
    const other = await makeOpenSlot(w);
    const open = propose(ctxFor(w.consultant), { candidateId, slotId: other, motivation: "Stabil og motiveret." });
    expect(refusal(() => startPlacement(ctxFor(w.hr), placementStartFor(open)))?.messageKey).toBe("error.placement.notAccepted");
    const { transitionProposal } = await import("~/domain/proposals/commands.server");
    transitionProposal(ctxFor(w.hr), { proposalId: open, version: 1, command: "inviteToMeeting", meeting: { meetingDate: addDays(today(), 2), meetingTime: "10:00", meetingPlace: "Butikken" } });
    transitionProposal(ctxFor(w.hr), { proposalId: open, version: 2, command: "accept" });
    expect(refusal(() => startPlacement(ctxFor(w.hr), placementStartFor(open)))?.messageKey).toBe("error.placement.candidateBusy");
  });

  it("refuses the company side an assessment, which is the jobcentre's record", async () => {
    const slot = await makeOpenSlot(w);
    const { proposalId } = await makeAcceptedProposal(w, slot);
    expect(refusal(() => startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { assessmentOn: today() })))?.kind).toBe("forbidden");
  });
});

describe("the duration rule, checked by the command against the citizen's target group", () => {
  it("a job-ready citizen with work experience: 4 weeks; the company is told the limit, not the group", async () => {
    const slot = await makeOpenSlot(w);
    const { proposalId } = await makeAcceptedProposal(w, slot, { targetGroup: "kontanthjaelp_jobparat", experience: "Har arbejdet i en butik." });
    const error = refusal(() => startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { lengthWeeks: 5, steps: [] })));
    expect(error?.fieldErrors?.lengthWeeks).toEqual({ key: "error.placement.tooLongWeeks", vars: { count: 4, lastDay: addDays(today(), 27) } });
    expect(JSON.stringify(error?.fieldErrors)).not.toContain("jobparat");
    expect(startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { lengthWeeks: 4, steps: [] }))).toBeGreaterThan(0);
  });

  it("the start form tells the last allowed day as a date in the reader's language, never ISO", async () => {
    const slot = await makeOpenSlot(w);
    const { proposalId } = await makeAcceptedProposal(w, slot, { targetGroup: "kontanthjaelp_jobparat", experience: "Har arbejdet i en butik." });
    const { action } = await import("~/routes/company/placements/new");
    const lastDay = addDays(today(), 27);
    const form = { proposalId: String(proposalId), startDate: today(), lengthWeeks: "5", startHours: "4", targetHours: "4", workingDays: "mon", goal1: "Arbejder 4 timer om ugen" };
    for (const [lang, expected] of [["da", formatCalendarDate("da", lastDay)], ["en", formatCalendarDate("en", lastDay)]] as const) {
      const result = await call(action as Parameters<typeof call>[0], { url: "/company/placements/new", form, cookie: `${sessionCookieFor(w.hr.id)}; fodfaeste_lang=${lang}` });
      expect(result.status).toBe(400);
      const message = (result.body as { errors: Record<string, { key: string; vars: Record<string, unknown> }> }).errors.lengthWeeks;
      expect(message).toEqual({ key: "error.placement.tooLongWeeks", vars: { count: 4, lastDay: expected } });
      expect(expected).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    expect(formatCalendarDate("da", "2027-01-31")).toBe("31. januar 2027");
  });

  it("13 weeks for the portal's usual groups; 26 once the consultant records an assessment", async () => {
    const slot = await makeOpenSlot(w);
    const { proposalId } = await makeAcceptedProposal(w, slot);
    expect(refusal(() => startPlacement(ctxFor(w.consultant), placementStartFor(proposalId, { lengthWeeks: 14 })))?.fieldErrors?.lengthWeeks).toMatchObject({ vars: { count: 13 } });
    expect(refusal(() => startPlacement(ctxFor(w.consultant), placementStartFor(proposalId, { lengthWeeks: 27, assessmentOn: today() })))?.fieldErrors?.lengthWeeks).toMatchObject({ vars: { count: 26 } });
    const id = startPlacement(ctxFor(w.consultant), placementStartFor(proposalId, { lengthWeeks: 26, assessmentOn: today() }));
    expect(placementDetail(ctxFor(w.consultant), id).jobcentre?.limit).toMatchObject({ weeks: 26, reason: "assessed" });
  });
});

describe("the plan's own rules, each at its field", () => {
  it("refuses a target below the start, a plan the days cannot hold, no goals, a start too far back", async () => {
    const slot = await makeOpenSlot(w);
    const { proposalId } = await makeAcceptedProposal(w, slot);
    const error = refusal(() =>
      startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { startDate: addDays(today(), -40), startHours: 10, targetHours: 9, steps: [], goals: [] })),
    );
    expect(error?.fieldErrors).toMatchObject({ targetHours: "error.slot.targetBelowStart", goal1: "error.placement.goals", startDate: { key: "error.placement.startTooEarly" } });
    const days = refusal(() => startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { workingDays: ["mon"], targetHours: 12 })));
    expect(days?.fieldErrors?.targetHours).toBe("error.slot.hoursExceedSchedule");
    const foreignTask = refusal(() => startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { taskIds: [999_999] })));
    expect(foreignTask?.fieldErrors?.taskIds).toBe("error.slot.tasks");
  });

  it("keeps a CPR number or a diagnosis out of the goals, and needs at least one goal", () => {
    const form = { proposalId: "1", startDate: "2027-01-04", lengthWeeks: "13", startHours: "8", targetHours: "12", workingDays: ["mon"] };
    const cpr = startInput.safeParse({ ...form, goal1: "Møder stabilt, cpr 010190-1234" });
    expect(cpr.success ? null : cpr.error.issues[0]?.message).toBe("error.sensitive.cpr");
    const diagnosis = startInput.safeParse({ ...form, goal1: "Håndterer sin angst på arbejdet" });
    expect(diagnosis.success ? null : diagnosis.error.issues[0]?.message).toBe("error.sensitive.diagnosis");
    const none = startInput.parse({ ...form, goal1: "", goal2: "" });
    expect(shapeStart(none).errors.goal1).toBe("error.placement.goals");
    expect(shapeStart(startInput.parse({ ...form, goal2: "Pakker ordrer selvstændigt", step1Weeks: "4", step1Hours: "10,5" })).input).toMatchObject({ goals: ["Pakker ordrer selvstændigt"], steps: [{ afterWeeks: 4, hours: 10.5 }] });
  });
});

describe("the meter counts people in placements, and a filled seat once", () => {
  it("replaces the seat by the person at their current hours, and shows the targets", async () => {
    const world = await makeWorld();
    const slot = await makeOpenSlot(world, { seats: 2 });
    const before = workplaceMeter(getDb(), world.workplaceA.id, null)!;
    expect(before.used).toBeCloseTo((2 * 8) / 37, 2);
    const { proposalId } = await makeAcceptedProposal(world, slot);
    startPlacement(ctxFor(world.hr), placementStartFor(proposalId, { startDate: addDays(today(), -28), startHours: 9, targetHours: 12, steps: [{ afterWeeks: 4, hours: 11 }] }));
    const after = workplaceMeter(getDb(), world.workplaceA.id, null)!;
    // Week 5 of the placement: 11 hours (the step after week 4), plus the one seat still open at 8.
    expect(after.used).toBeCloseTo((11 + 8) / 37, 2);
    expect(after.atTarget).toBeCloseTo((12 + 12) / 37, 2);
  });

  it("refuses a start that would take the workplace over the cap", async () => {
    const world = await makeWorld();
    const slot = await makeOpenSlot(world, { seats: 1 });
    // 20 FTE: room for 4 people. Three full-time seats, one at 26 hours and the seat at 8 make 3.92; the person at 12 would make 4.03.
    await makeSlot({ hr: world.hr, consultant: world.consultant, status: "open", over: { workplaceId: world.workplaceA.id, seats: 3, startHours: 37, targetHours: 37, steps: [], dayStart: "06:00", dayEnd: "20:00", workingDays: ["mon", "tue", "wed", "thu", "fri"] } });
    await makeSlot({ hr: world.hr, consultant: world.consultant, status: "open", over: { workplaceId: world.workplaceA.id, seats: 1, startHours: 26, targetHours: 26, steps: [], dayStart: "06:00", dayEnd: "20:00", workingDays: ["mon", "tue", "wed", "thu", "fri"] } });
    const { proposalId } = await makeAcceptedProposal(world, slot);
    const factsBefore = getDb().select({ n: count() }).from(placementFacts).get()!.n;
    const error = refusal(() => startPlacement(ctxFor(world.hr), placementStartFor(proposalId, { startHours: 12, targetHours: 12, steps: [] })));
    expect(error?.fieldErrors?.startHours).toMatchObject({ key: "error.placement.overCapacity" });
    expect(getDb().select().from(placements).where(eq(placements.proposalId, proposalId)).all()).toHaveLength(0);
    // The dashboard's facts were written in the refused start's transaction and went with it (decision 039).
    const slotFact = () => getDb().select().from(slotFacts).where(eq(slotFacts.slotId, slot)).get()!;
    expect(slotFact().daysToStart).toBeNull();
    expect(getDb().select({ n: count() }).from(placementFacts).get()!.n).toBe(factsBefore);
    const id = startPlacement(ctxFor(world.hr), placementStartFor(proposalId, { startHours: 8, targetHours: 8, steps: [] }));
    expect(getDb().select().from(placementFacts).where(eq(placementFacts.placementId, id)).all()).toHaveLength(1);
    expect(getDb().select({ n: count() }).from(placementFacts).get()!.n).toBe(factsBefore + 1);
    expect(slotFact().daysToStart).toBe(0);
  });
});

describe("who is placed, for the fit's hard misfit", () => {
  it("an agreed placement not yet started and an active one are placed; an ended one frees the citizen", async () => {
    const slot = await makeOpenSlot(w, { seats: 2 });
    const { proposalId, candidateId } = await makeAcceptedProposal(w, slot);
    expect(placedCandidates(getDb(), w.jc.id).has(candidateId)).toBe(true);
    const id = startPlacement(ctxFor(w.hr), placementStartFor(proposalId));
    expect(placedCandidates(getDb(), w.jc.id).has(candidateId)).toBe(true);
    getDb().update(placements).set({ status: "completed" }).where(eq(placements.id, id)).run();
    expect(placedCandidates(getDb(), w.jc.id).has(candidateId)).toBe(false);
  });
});

describe("who sees which placement", () => {
  it("HR all of the company's, a mentor only theirs, the jobcentre all of theirs; the company never the target group", async () => {
    const world = await makeWorld();
    const otherMentor = await makeUser("mentor", { companyId: world.companyA.id });
    const slot = await makeOpenSlot(world);
    const { proposalId } = await makeAcceptedProposal(world, slot);
    const id = startPlacement(ctxFor(world.hr), placementStartFor(proposalId));
    expect(listPlacements(ctxFor(world.hr), { page: 1 }).total).toBe(1);
    expect(listPlacements(ctxFor(world.mentor), { page: 1 }).total).toBe(1);
    expect(listPlacements(ctxFor(otherMentor), { page: 1 }).total).toBe(0);
    expect(listPlacements(ctxFor(world.consultant), { page: 1 }).total).toBe(1);
    expect(listPlacements(ctxFor(world.consultantOther), { page: 1 }).total).toBe(0);
    expect(listPlacements(ctxFor(world.hrOther), { page: 1 }).total).toBe(0);
    expect(refusal(() => placementDetail(ctxFor(otherMentor), id))?.kind).toBe("not_found");
    expect(refusal(() => placementDetail(ctxFor(world.adminOther), id))?.kind).toBe("not_found");
    const companyView = placementDetail(ctxFor(world.mentor), id);
    expect(companyView.jobcentre).toBeNull();
    expect(JSON.stringify(companyView)).not.toContain("kontanthjaelp");
    expect(placementDetail(ctxFor(world.consultant), id).jobcentre?.targetGroup).toBe("kontanthjaelp_aktivitetsparat");
    expect(startForm(ctxFor(world.hr), proposalId).limit).toEqual({ weeks: 13, months: null });
  });

  it("after consent is withdrawn the placement stays, with the basic profile only", async () => {
    const { withdrawConsent } = await import("~/domain/candidates/commands.server");
    const world = await makeWorld();
    const slot = await makeOpenSlot(world);
    const { proposalId, candidateId } = await makeAcceptedProposal(world, slot);
    const id = startPlacement(ctxFor(world.hr), placementStartFor(proposalId));
    expect(placementDetail(ctxFor(world.hr), id).profile.support).not.toBeNull();
    withdrawConsent(ctxFor(world.consultant), { candidateId });
    const view = placementDetail(ctxFor(world.hr), id);
    expect(view.profile.support).toBeNull();
    expect(view.consentLimited).toBe(true);
    expect(view.profile.alias).toBeTruthy();
  });
});
