import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, candidates, meetingOutcomes, outbox, proposals } from "~/db/schema";
import { recordConsent, updateCandidate, withdrawConsent } from "~/domain/candidates/commands.server";
import { addDays, addMonths } from "~/domain/candidates/consent";
import { candidateInput, shapeCandidateForm } from "~/domain/candidates/schema";
import { DomainError } from "~/domain/errors";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { declineStatistics } from "~/domain/proposals/decline-statistics.server";
import { recordMeetingOutcome } from "~/domain/proposals/meeting-outcome.server";
import { meetingOutcomeInput } from "~/domain/proposals/schema";
import { anonymiseDueCandidates, eraseCandidate, postcodeArea } from "~/domain/retention/commands.server";
import { personalData, retentionOverview } from "~/domain/retention/queries.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { resolveRetentionMonths, ConfigError } from "~/http/config.server";
import { ctxFor, expectAudit, makeCandidate, makeOpenSlot, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const DAY = 86_400_000;
const row = (id: number) => getDb().select().from(candidates).where(eq(candidates.id, id)).get()!;
const kind = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return `${e.kind}:${e.messageKey}`;
    throw e;
  }
  return null;
};
/** What the jobcentre's figures are made of for these candidates: age band, target group, hours, proposal states and reasons. */
const figures = (ids: number[]) =>
  ids.map((id) => {
    const c = row(id);
    const ps = getDb().select({ status: proposals.status, reason: proposals.declineReason }).from(proposals).where(eq(proposals.candidateId, id)).all();
    return { ageBand: c.ageBand, targetGroup: c.targetGroup, hoursNow: c.hoursNow, goalHours: c.goalHours, ps };
  });

describe("anonymisation after the retention period (the nightly job)", () => {
  it("blanks every identifying field once the period after the consent's end has run out, and keeps the figures", async () => {
    const slot = await makeOpenSlot(w);
    const today = copenhagenDate(new Date());
    const id = await makeCandidate(w.consultant, { alias: "Sara Testesen", postcode: "8210", experience: "Lager i 3 år", activities: "Går til samtaler", mentorWish: "En rolig mentor" }, { expiresOn: addDays(today, 30) });
    const p = propose(ctxFor(w.consultant), { candidateId: id, slotId: slot, motivation: "Sara er stabil og glad for lagerarbejde." });
    transitionProposal(ctxFor(w.hr), { proposalId: p, version: 1, command: "decline", decline: { reason: "hours_days", reasonText: "Sara kan ikke om fredagen", shareWithCandidate: true } });
    const statsBefore = declineStatistics(ctxFor(w.consultant), { from: addDays(today, -1), to: addDays(today, 1) });
    const before = figures([id]);

    // The consent ends in 30 days; 12 months later, to the day, the job anonymises.
    const dueDay = new Date(Date.now() + 30 * DAY);
    const dayBefore = new Date(`${addMonths(copenhagenDate(dueDay), 12)}T10:00:00Z`).getTime() - DAY;
    anonymiseDueCandidates({ db: getDb(), now: new Date(dayBefore) });
    expect(row(id).anonymisedAt).toBeNull();
    anonymiseDueCandidates({ db: getDb(), now: new Date(dayBefore + DAY) });

    const after = row(id);
    expect(after).toMatchObject({
      alias: `#${id}`,
      postcode: "82xx",
      experience: null,
      strengths: "",
      supportText: null,
      activities: null,
      mentorWish: null,
      languages: [],
      supportNeeds: [],
      wishIndustries: [],
      wishTasks: [],
      mentorStyles: [],
    });
    expect(after.anonymisedAt).not.toBeNull();
    const text = JSON.stringify(getDb().select().from(proposals).where(eq(proposals.candidateId, id)).all());
    expect(text).not.toMatch(/Sara|lager|fredagen/i);
    expect(figures([id])).toEqual(before);
    expect(declineStatistics(ctxFor(w.consultant), { from: addDays(today, -1), to: addDays(today, 1) })).toEqual(statsBefore);
    expectAudit("candidate.anonymised", { subjectId: id, actorUserId: null, details: { reason: "retention" } });
  });

  it("leaves a candidate whose consent is in force, or who is in a placement, alone", async () => {
    const slot = await makeOpenSlot(w);
    const inForce = await makeCandidate(w.consultant, {}, { expiresOn: addMonths(copenhagenDate(new Date()), 12) });
    const placed = await makeCandidate(w.consultant);
    const p = propose(ctxFor(w.consultant), { candidateId: placed, slotId: slot, motivation: "Passer godt til opgaverne." });
    transitionProposal(ctxFor(w.hr), { proposalId: p, version: 1, command: "inviteToMeeting", meeting: { meetingDate: addDays(copenhagenDate(new Date()), 2), meetingTime: "09:00", meetingPlace: "Kontoret" } });
    transitionProposal(ctxFor(w.hr), { proposalId: p, version: 2, command: "accept" });
    // Long after the placed candidate's consent ran out: an active placement keeps the data.
    anonymiseDueCandidates({ db: getDb(), now: new Date(Date.now() + 400 * DAY) });
    expect(row(inForce).anonymisedAt).toBeNull();
    expect(row(placed).anonymisedAt).toBeNull();
  });

  it("runs from the withdrawal, for the configured number of months", async () => {
    const id = await makeCandidate(w.consultant);
    withdrawConsent(ctxFor(w.consultant), { candidateId: id });
    anonymiseDueCandidates({ db: getDb(), now: new Date(Date.now() + 95 * DAY) }, 6);
    expect(row(id).anonymisedAt).toBeNull();
    anonymiseDueCandidates({ db: getDb(), now: new Date(Date.now() + 190 * DAY) }, 3);
    expect(row(id).anonymisedAt).not.toBeNull();
  });

  it("is listed for the administrator before it happens, and only the administrator sees the list", async () => {
    const id = await makeCandidate(w.consultant);
    withdrawConsent(ctxFor(w.consultant), { candidateId: id });
    const inTenDays = new Date(Date.now() + 10 * DAY);
    // 12 months after the withdrawal is far beyond the 30 days shown…
    expect(retentionOverview(ctxFor(w.admin, inTenDays)).upcoming.rows.map((r) => r.id)).not.toContain(id);
    // …a one-month period ends about three weeks after that day.
    expect(retentionOverview(ctxFor(w.admin, inTenDays), 1).upcoming.rows).toContainEqual(expect.objectContaining({ id, reason: "withdrawn", due: false }));
    expect(retentionOverview(ctxFor(w.admin, new Date(Date.now() + 40 * DAY)), 1).upcoming.rows).toContainEqual(expect.objectContaining({ id, due: true }));
    expect(kind(() => retentionOverview(ctxFor(w.consultant)))).toBe("forbidden:error.forbidden");
    expect(retentionOverview(ctxFor(w.adminOther, inTenDays), 1).upcoming.rows.map((r) => r.id)).not.toContain(id);
  });
});

describe("erasure on request", () => {
  it("ends the consent, withdraws open proposals with the company told only that the candidate is unavailable, and anonymises", async () => {
    const slot = await makeOpenSlot(w);
    const id = await makeCandidate(w.consultant, { alias: "Ali Sletmig" });
    const p = propose(ctxFor(w.consultant), { candidateId: id, slotId: slot, motivation: "Ali har erfaring fra køkken." });
    eraseCandidate(ctxFor(w.admin), { candidateId: id });
    expect(row(id)).toMatchObject({ alias: `#${id}`, strengths: "" });
    expect(getDb().select().from(proposals).where(eq(proposals.id, p)).get()).toMatchObject({ status: "withdrawn", motivation: "" });
    const mails = getDb().select().from(outbox).where(eq(outbox.subjectKey, "mail.proposalUnavailable.subject")).all();
    expect(mails.length).toBeGreaterThan(0);
    expect(JSON.stringify(mails)).not.toMatch(/Ali/);
    expectAudit("candidate.anonymised", { subjectId: id, actorUserId: w.admin.id, details: { reason: "erasure" } });
  });

  it("blanks the line written after a match meeting, keeping how the match felt", async () => {
    const slot = await makeOpenSlot(w);
    const id = await makeCandidate(w.consultant, { alias: "Ali Mødtes" });
    const p = propose(ctxFor(w.consultant), { candidateId: id, slotId: slot, motivation: "Klar til at starte." });
    const meetingDate = addDays(copenhagenDate(new Date()), 2);
    transitionProposal(ctxFor(w.hr), { proposalId: p, version: 1, command: "inviteToMeeting", meeting: { meetingDate, meetingTime: "09:00", meetingPlace: "Kontoret" } });
    const onTheDay = ctxFor(w.hr, new Date(`${meetingDate}T10:00:00Z`));
    recordMeetingOutcome(onTheDay, { ...meetingOutcomeInput.parse({ socialMatch: "good", signals: ["easy_contact"], note: "Ali grinede med Mads fra første minut" }), proposalId: p, version: 2 });
    eraseCandidate(ctxFor(w.admin), { candidateId: id });
    expect(getDb().select().from(meetingOutcomes).where(eq(meetingOutcomes.proposalId, p)).all()).toEqual([expect.objectContaining({ socialMatch: "good", signals: ["easy_contact"], note: null })]);
  });

  it("is for the jobcentre's administrator only, of their own jobcentre, and only once", async () => {
    const id = await makeCandidate(w.consultant);
    expect(kind(() => eraseCandidate(ctxFor(w.consultant), { candidateId: id }))).toBe("forbidden:error.forbidden");
    expect(kind(() => eraseCandidate(ctxFor(w.hr), { candidateId: id }))).toBe("forbidden:error.forbidden");
    expect(kind(() => eraseCandidate(ctxFor(w.adminOther), { candidateId: id }))).toBe("not_found:error.notFound");
    expect(row(id).anonymisedAt).toBeNull();
    eraseCandidate(ctxFor(w.admin), { candidateId: id });
    expect(kind(() => eraseCandidate(ctxFor(w.admin), { candidateId: id }))).toBe("conflict:error.candidate.anonymised");
  });

  it("leaves an anonymised profile unchangeable: no edit, no new consent", async () => {
    const id = await makeCandidate(w.consultant);
    eraseCandidate(ctxFor(w.admin), { candidateId: id });
    const form = candidateInput.parse(
      shapeCandidateForm({ alias: "Tilbage", ageBand: "25-29", postcode: "8000", targetGroup: "kontanthjaelp_aktivitetsparat", strengths: "Stabil", hoursNow: "10", days: ["mon"], transport: ["bike"], maxTravelKm: "10", responsibleUserId: String(w.consultant.id) }),
    );
    expect(kind(() => updateCandidate(ctxFor(w.consultant), { ...form, candidateId: id, version: row(id).version }))).toBe("conflict:error.candidate.anonymised");
    const today = copenhagenDate(new Date());
    expect(kind(() => recordConsent(ctxFor(w.consultant), { candidateId: id, givenOn: today, expiresOn: addMonths(today, 6), method: "signed_form", scope: "any", companyIds: [], sections: [] }))).toBe(
      "conflict:error.candidate.anonymised",
    );
    expect(row(id).alias).toBe(`#${id}`);
  });
});

describe("an access request (GDPR art. 15)", () => {
  it("hands over the profile, consents, proposals and who has seen the profile, and logs that it did", async () => {
    const slot = await makeOpenSlot(w);
    const id = await makeCandidate(w.consultant, { alias: "Maja Indsigt" });
    propose(ctxFor(w.consultant), { candidateId: id, slotId: slot, motivation: "Maja er klar til at starte." });
    const data = personalData(ctxFor(w.consultant), id);
    expect(data.candidate).toMatchObject({ id, alias: "Maja Indsigt", postcode: "8000" });
    expect(data.consents).toHaveLength(1);
    expect(data.proposals[0]).toMatchObject({ motivation: "Maja er klar til at starte.", status: "proposed", company: w.companyA.name });
    expect(JSON.stringify(data)).not.toMatch(/responsibleUserId|jobcentreId|passwordHash/);
    expectAudit("candidate.data_exported", { subjectId: id, actorUserId: w.consultant.id });
  });

  it("is refused to another jobcentre and to companies", async () => {
    const id = await makeCandidate(w.consultant);
    expect(kind(() => personalData(ctxFor(w.consultantOther), id))).toBe("not_found:error.notFound");
    expect(kind(() => personalData(ctxFor(w.hr), id))).toBe("forbidden:error.forbidden");
    const handedOver = getDb()
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.event, "candidate.data_exported"), eq(auditLog.subjectId, id)))
      .get()!.n;
    expect(handedOver).toBe(0);
  });
});

describe("settings", () => {
  it("keeps a postcode's area only", () => {
    expect(postcodeArea("2450")).toBe("24xx");
    expect(postcodeArea("x")).toBe("xx");
  });

  it("RETENTION_MONTHS defaults to 12 and refuses what is not a whole number of months from 1 to 120", () => {
    expect(resolveRetentionMonths({})).toBe(12);
    expect(resolveRetentionMonths({ RETENTION_MONTHS: "24" })).toBe(24);
    for (const bad of ["0", "121", "6.5", "tolv"]) expect(() => resolveRetentionMonths({ RETENTION_MONTHS: bad })).toThrow(ConfigError);
  });
});
