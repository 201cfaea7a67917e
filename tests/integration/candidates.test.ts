import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, outbox, proposals, slots } from "~/db/schema";
import { createCandidate, recordConsent, updateCandidate, withdrawConsent } from "~/domain/candidates/commands.server";
import { addDays } from "~/domain/candidates/consent";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { expiringConsents, listCandidates } from "~/domain/candidates/candidate-list.server";
import { getCandidate, profileViews } from "~/domain/candidates/queries.server";
import { candidateInput, shapeCandidateForm } from "~/domain/candidates/schema";
import { DomainError } from "~/domain/errors";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { companyProposals, jobcentreProposals } from "~/domain/proposals/proposal-list.server";
import { proposalForCompany, rankCandidatesForSlot, rankSlotsForCandidate } from "~/domain/proposals/queries.server";
import { declineStatistics } from "~/domain/proposals/decline-statistics.server";
import { saveMentorProfile } from "~/domain/mentors/commands.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, makeCandidate, makeCompany, makeOpenSlot, makeUser, makeWorld, setConsentDays } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let otherMentor: Awaited<ReturnType<typeof makeUser>>;
const today = () => copenhagenDate(new Date());

beforeAll(async () => {
  w = await makeWorld();
  otherMentor = await makeUser("mentor", { companyId: w.companyA.id });
});

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, key: error.messageKey, field: error.field };
    throw error;
  }
  return null;
};

const profileForm = (over: Record<string, unknown> = {}) =>
  candidateInput.parse(
    shapeCandidateForm({
      alias: "Sara",
      ageBand: "25-29",
      postcode: "8000",
      targetGroup: "kontanthjaelp_aktivitetsparat",
      strengths: "Mødestabil",
      hoursNow: "10",
      days: ["mon"],
      transport: ["bike"],
      maxTravelKm: "10",
      responsibleUserId: String(w.consultant.id),
      ...over,
    }),
  );

describe("candidate profiles", () => {
  it("are kept by the jobcentre's staff only, each change audited", async () => {
    const id = createCandidate(ctxFor(w.consultant), profileForm());
    expect(refusal(() => createCandidate(ctxFor(w.hr), profileForm()))?.kind).toBe("forbidden");
    expect(refusal(() => getCandidate(ctxFor(w.consultantOther), id))?.kind).toBe("not_found");
    updateCandidate(ctxFor(w.admin), { ...profileForm({ alias: "Sara B" }), candidateId: id, version: 1 });
    expect(refusal(() => updateCandidate(ctxFor(w.consultant), { ...profileForm(), candidateId: id, version: 1 }))?.kind).toBe("conflict");
    const events = getDb().select({ event: auditLog.event }).from(auditLog).where(and(eq(auditLog.subjectType, "candidate"), eq(auditLog.subjectId, id))).all();
    expect(events.map((e) => e.event)).toEqual(["candidate.created", "candidate.updated"]);
  });

  it("refuse a responsible consultant of another jobcentre and an unknown postcode", () => {
    expect(refusal(() => createCandidate(ctxFor(w.consultant), profileForm({ responsibleUserId: String(w.consultantOther.id) })))?.field).toBe("responsibleUserId");
    expect(refusal(() => createCandidate(ctxFor(w.consultant), profileForm({ postcode: "0042" })))?.field).toBe("postcode");
  });

  it("list with filters: consent status, no open proposal, hours, responsible", async () => {
    const withConsent = await makeCandidate(w.consultant, { alias: "Filter Anna", hoursNow: "6", goalHours: "" });
    const without = await makeCandidate(w.consultant, { alias: "Filter Bo", hoursNow: "20", goalHours: "" }, null);
    const list = (q: string) => listCandidates(ctxFor(w.consultant), parseCandidateFilters(new URLSearchParams(q))).rows.map((r) => r.id);
    expect(list("q=Filter&consent=valid")).toEqual([withConsent]);
    expect(list("q=Filter&consent=none")).toEqual([without]);
    expect(list("q=Filter&maxHours=10")).toEqual([withConsent]);
    expect(list("q=Filter&minHours=15")).toEqual([without]);
    expect(list(`q=Filter&responsible=${w.admin.id}`)).toEqual([]);
    expect(list("q=Filter&postcode=8000&radius=5")).toEqual([withConsent, without]);
    expect(listCandidates(ctxFor(w.consultantOther), parseCandidateFilters(new URLSearchParams("q=Filter"))).total).toBe(0);
  });

  it("search the alias for what is typed, % and _ included, as plain characters", async () => {
    const percent = await makeCandidate(w.consultant, { alias: "Søg 50% tid" });
    const underscore = await makeCandidate(w.consultant, { alias: "Søg a_b" });
    const plain = await makeCandidate(w.consultant, { alias: "Søg 500 axb" });
    const list = (q: string) => listCandidates(ctxFor(w.consultant), parseCandidateFilters(new URLSearchParams({ q }))).rows.map((r) => r.id);
    expect(list("50%")).toEqual([percent]);
    expect(list("a_b")).toEqual([underscore]);
    expect(list("Søg").sort()).toEqual([percent, underscore, plain].sort());
  });
});

describe("consent", () => {
  it("may name only the jobcentre's own companies", async () => {
    const id = await makeCandidate(w.consultant, {}, null);
    const input = { givenOn: today(), method: "digital" as const, scope: "listed" as const, companyIds: [w.companyB.id], sections: [], expiresOn: addDays(today(), 30) };
    expect(refusal(() => recordConsent(ctxFor(w.consultant), { candidateId: id, ...input }))?.field).toBe("companyIds");
    expect(refusal(() => recordConsent(ctxFor(w.consultant), { candidateId: id, ...input, companyIds: [w.companyA.id], expiresOn: addDays(today(), 400) }))?.field).toBe("expiresOn");
  });

  it("expiring within 14 days are listed for the consultant", async () => {
    const id = await makeCandidate(w.consultant, { alias: "Udløber snart" }, { expiresOn: addDays(today(), 10) });
    expect(expiringConsents(ctxFor(w.consultant)).map((c) => c.id)).toContain(id);
    expect(expiringConsents(ctxFor(w.consultantOther)).map((c) => c.id)).not.toContain(id);
  });
});

describe("fit ranking and proposals", () => {
  let slotId: number;
  let candidateId: number;
  beforeAll(async () => {
    slotId = await makeOpenSlot(w, { seats: 1 });
    candidateId = await makeCandidate(w.consultant, { alias: "Ranket Først", wishIndustries: ["retail"] });
    saveMentorProfile(ctxFor(w.mentor), { styles: ["calm"], edgeExperience: true, languages: ["da"], line: "Rolig og tålmodig" });
  });

  it("ranks the jobcentre's candidates for a slot, with hard misfits last and not hidden", async () => {
    const noDay = await makeCandidate(w.consultant, { alias: "Ingen fælles dag", days: ["fri"] });
    const { result, mentor } = rankCandidatesForSlot(ctxFor(w.consultant), slotId, 1);
    const ids = result.rows.map((r) => r.id);
    expect(ids).toContain(candidateId);
    expect(ids.indexOf(noDay)).toBeGreaterThan(ids.indexOf(candidateId));
    expect(result.rows.find((r) => r.id === noDay)?.hardMisfits.map((l) => l.factor)).toEqual(["no_common_day"]);
    expect(mentor.profile?.styles).toEqual(["calm"]);
    expect(() => rankCandidatesForSlot(ctxFor(w.consultantOther), slotId, 1)).toThrow(DomainError);
  });

  it("ranks the board's open slots for a candidate", () => {
    const { result } = rankSlotsForCandidate(ctxFor(w.consultant), candidateId);
    expect(result.rows.map((r) => r.id)).toContain(slotId);
  });

  it("proposes only while consent covers the company, and never twice at once", async () => {
    const noConsent = await makeCandidate(w.consultant, {}, null);
    expect(refusal(() => propose(ctxFor(w.consultant), { candidateId: noConsent, slotId, motivation: "God til opvask og stabil." }))?.key).toBe("error.proposal.consent");
    const elsewhere = (await makeCompany(w.jc.id)).company;
    const listed = await makeCandidate(w.consultant, {}, { scope: "listed", companyIds: [String(elsewhere.id)] });
    expect(refusal(() => propose(ctxFor(w.consultant), { candidateId: listed, slotId, motivation: "God til opvask og stabil." }))?.key).toBe("error.proposal.consent");
  });

  it("runs proposed → meeting planned → accepted, fills the slot, notifies and audits every view", () => {
    const before = getDb().select().from(outbox).all().length;
    const id = propose(ctxFor(w.consultant), { candidateId, slotId, motivation: "Stabil og glad for faste opgaver." });
    expect(refusal(() => propose(ctxFor(w.consultant), { candidateId, slotId, motivation: "Igen igen igen." }))?.key).toBe("error.proposal.alreadyOpen");
    const mails = getDb().select().from(outbox).all().slice(before);
    expect(mails.map((m) => m.to).sort()).toEqual([w.hr.email, w.mentor.email].sort());

    // HR sees the shared sections only, never the target group.
    const view = proposalForCompany(ctxFor(w.hr), id);
    expect(view.profile.support?.needs).toEqual(["quiet_place"]);
    expect(view.profile.activities).toBeNull();
    expect(JSON.stringify(view)).not.toContain("kontanthjaelp");
    expect(view.commands).toEqual(["inviteToMeeting", "decline"]);
    // A mentor of the same company who does not mentor the slot, and another company: 404.
    expect(refusal(() => proposalForCompany(ctxFor(otherMentor), id))?.kind).toBe("not_found");
    expect(refusal(() => proposalForCompany(ctxFor(w.hrOther), id))?.kind).toBe("not_found");
    expect(proposalForCompany(ctxFor(w.mentor), id).id).toBe(id);

    const views = profileViews(ctxFor(w.consultant), candidateId);
    expect(views.filter((v) => v.proposalId === id)).toHaveLength(2);

    const meeting = { meetingDate: addDays(today(), 3), meetingTime: "10:00", meetingPlace: "Bageriet, Søndergade 1" };
    expect(refusal(() => transitionProposal(ctxFor(w.hr), { proposalId: id, version: 1, command: "accept" }))?.kind).toBe("conflict");
    expect(refusal(() => transitionProposal(ctxFor(w.consultant), { proposalId: id, version: 1, command: "inviteToMeeting", meeting }))?.kind).toBe("forbidden");
    expect(refusal(() => transitionProposal(ctxFor(w.hr), { proposalId: id, version: 1, command: "inviteToMeeting", meeting: { ...meeting, meetingDate: addDays(today(), -1) } }))?.field).toBe("meetingDate");
    transitionProposal(ctxFor(w.hr), { proposalId: id, version: 1, command: "inviteToMeeting", meeting });
    transitionProposal(ctxFor(w.consultant), { proposalId: id, version: 2, command: "confirmMeeting" });
    transitionProposal(ctxFor(w.mentor), { proposalId: id, version: 3, command: "accept" });
    expect(getDb().select({ s: slots.status }).from(slots).where(eq(slots.id, slotId)).get()?.s).toBe("filled");
    const steps = getDb().select({ e: auditLog.event }).from(auditLog).where(and(eq(auditLog.subjectType, "proposal"), eq(auditLog.subjectId, id))).all();
    expect(steps.map((s) => s.e)).toEqual(["proposal.proposed", "proposal.inviteToMeeting", "proposal.confirmMeeting", "proposal.accept"]);
  });

  it("a slot with two seats is filled by the second acceptance only", async () => {
    const two = await makeOpenSlot(w, { seats: 2 });
    for (const [n, alias] of ["En", "To"].entries()) {
      const c = await makeCandidate(w.consultant, { alias: `Plads ${alias}` });
      const p = propose(ctxFor(w.consultant), { candidateId: c, slotId: two, motivation: "Motiveret og stabil." });
      transitionProposal(ctxFor(w.hr), { proposalId: p, version: 1, command: "inviteToMeeting", meeting: { meetingDate: addDays(today(), 2), meetingTime: "09:00", meetingPlace: "Kontoret" } });
      transitionProposal(ctxFor(w.hr), { proposalId: p, version: 2, command: "accept" });
      expect(getDb().select({ s: slots.status }).from(slots).where(eq(slots.id, two)).get()?.s).toBe(n === 0 ? "open" : "filled");
    }
  });

  it("declines need a structured reason and are counted by reason and industry", async () => {
    const slot = await makeOpenSlot(w);
    const c = await makeCandidate(w.consultant);
    const p = propose(ctxFor(w.consultant), { candidateId: c, slotId: slot, motivation: "Motiveret og stabil." });
    transitionProposal(ctxFor(w.hr), { proposalId: p, version: 1, command: "decline", decline: { reason: "hours_days", reasonText: null, shareWithCandidate: true } });
    const stats = declineStatistics(ctxFor(w.consultant), { from: addDays(today(), -1), to: addDays(today(), 1) });
    expect(stats.byReason).toContainEqual({ reason: "hours_days", n: 1 });
    expect(stats.byReasonAndIndustry).toContainEqual({ reason: "hours_days", industry: "retail", n: 1 });
    expect(declineStatistics(ctxFor(w.consultantOther), { from: addDays(today(), -1), to: addDays(today(), 1) }).total).toBe(0);
  });
});

describe("consent withdrawal and expiry take effect at once", () => {
  it("withdrawal withdraws open proposals, tells HR without reasons, and the page is gone", async () => {
    const slot = await makeOpenSlot(w);
    const c = await makeCandidate(w.consultant);
    const p = propose(ctxFor(w.consultant), { candidateId: c, slotId: slot, motivation: "Motiveret og stabil." });
    const before = getDb().select().from(outbox).all().length;
    withdrawConsent(ctxFor(w.consultant), { candidateId: c, companyId: w.companyA.id });
    expect(getDb().select({ s: proposals.status, r: proposals.withdrawalReason }).from(proposals).where(eq(proposals.id, p)).get()).toEqual({ s: "withdrawn", r: "consent_ended" });
    const mails = getDb().select().from(outbox).all().slice(before);
    expect(mails.length).toBe(2);
    expect(mails.every((m) => m.bodyKey === "mail.proposalUnavailable.body")).toBe(true);
    expect(refusal(() => proposalForCompany(ctxFor(w.hr), p))?.kind).toBe("not_found");
    const listed = companyProposals(ctxFor(w.hr), { page: 1 }).rows.find((r) => r.id === p);
    expect(listed).toMatchObject({ available: false, alias: null });
  });

  it("withdrawal for one company is offered, and accepted, only for companies the candidate is proposed to", async () => {
    const slot = await makeOpenSlot(w);
    const c = await makeCandidate(w.consultant);
    const other = (await makeCompany(w.jc.id)).company;
    expect(getCandidate(ctxFor(w.consultant), c, { audit: false }).consent?.withdrawable).toEqual([]);
    expect(refusal(() => withdrawConsent(ctxFor(w.consultant), { candidateId: c, companyId: w.companyA.id }))?.kind).toBe("invalid");
    propose(ctxFor(w.consultant), { candidateId: c, slotId: slot, motivation: "Motiveret og stabil." });
    const offered = getCandidate(ctxFor(w.consultant), c, { audit: false }).consent?.withdrawable.map((co) => co.id);
    expect(offered).toEqual([w.companyA.id]);
    expect(offered).not.toContain(other.id);
    expect(refusal(() => withdrawConsent(ctxFor(w.consultant), { candidateId: c, companyId: other.id }))?.kind).toBe("invalid");
    withdrawConsent(ctxFor(w.consultant), { candidateId: c, companyId: w.companyA.id });
    expect(getCandidate(ctxFor(w.consultant), c, { audit: false }).consent?.withdrawable).toEqual([]);
  });

  it("an expired consent hides the profile from the company without any job running", async () => {
    const slot = await makeOpenSlot(w);
    const c = await makeCandidate(w.consultant);
    const p = propose(ctxFor(w.consultant), { candidateId: c, slotId: slot, motivation: "Motiveret og stabil." });
    expect(proposalForCompany(ctxFor(w.hr), p).id).toBe(p);
    // The consent ended yesterday: the same read now refuses.
    setConsentDays(c, { givenOn: addDays(today(), -30), expiresOn: addDays(today(), -1) });
    expect(refusal(() => proposalForCompany(ctxFor(w.hr), p))?.kind).toBe("not_found");
    expect(refusal(() => transitionProposal(ctxFor(w.hr), { proposalId: p, version: 1, command: "decline", decline: { reason: "tasks", reasonText: null, shareWithCandidate: false } }))?.kind).toBe("not_found");
    // The consultant still sees it, and the list shows it unavailable to the company.
    expect(jobcentreProposals(ctxFor(w.consultant), { page: 1 }).rows.some((r) => r.id === p)).toBe(true);
  });
});
