import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { meetingOutcomes } from "~/db/schema";
import { getCandidate } from "~/domain/candidates/queries.server";
import { withdrawConsent } from "~/domain/candidates/commands.server";
import { addDays } from "~/domain/candidates/consent";
import { DomainError } from "~/domain/errors";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { meetingOutcomeInput } from "~/domain/proposals/schema";
import { recordMeetingOutcome } from "~/domain/proposals/meeting-outcome.server";
import { proposalForCompany, proposalForJobcentre } from "~/domain/proposals/queries.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, expectAudit, makeCandidate, makeOpenSlot, makeUser, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const today = () => copenhagenDate(new Date());
/** Noon Danish time on a calendar day, as a context's clock. */
const at = (day: string) => new Date(`${day}T10:00:00Z`);

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, key: error.messageKey };
    throw error;
  }
  return null;
};

beforeAll(async () => {
  w = await makeWorld();
});

/** A proposal to a new open slot of company A with a match meeting in `daysAhead` days. */
async function proposalWithMeeting(daysAhead: number) {
  const slot = await makeOpenSlot(w, { seats: 2 });
  const candidateId = await makeCandidate(w.consultant);
  const id = propose(ctxFor(w.consultant), { candidateId, slotId: slot, motivation: "Stabil og glad for faste opgaver." });
  const meetingDate = addDays(today(), daysAhead);
  transitionProposal(ctxFor(w.hr), { proposalId: id, version: 1, command: "inviteToMeeting", meeting: { meetingDate, meetingTime: "10:00", meetingPlace: "Bageriet" } });
  return { id, candidateId, meetingDate, version: 2 };
}

const good = meetingOutcomeInput.parse({ socialMatch: "good", signals: ["easy_contact", "style_suits"], note: "De grinede sammen fra første minut" });

describe("the match meeting's outcome", () => {
  it("can be recorded from the meeting day, not before", async () => {
    const p = await proposalWithMeeting(3);
    expect(refusal(() => recordMeetingOutcome(ctxFor(w.hr), { ...good, proposalId: p.id, version: p.version }))?.key).toBe("error.meetingOutcome.beforeMeeting");
    expect(proposalForCompany(ctxFor(w.hr), p.id).mayRecordOutcome).toBe(false);
    const onTheDay = ctxFor(w.hr, at(p.meetingDate));
    expect(proposalForCompany(onTheDay, p.id).mayRecordOutcome).toBe(true);
    recordMeetingOutcome(onTheDay, { ...good, proposalId: p.id, version: p.version });
    expectAudit("proposal.meetingOutcome", { subjectId: p.id, actorUserId: w.hr.id, companyId: w.companyA.id, details: { side: "company", socialMatch: "good", signals: "easy_contact,style_suits" } });
  });

  it("is recorded by HR and the consultant, one record per side that a new one replaces, never by the mentor", async () => {
    const p = await proposalWithMeeting(0);
    recordMeetingOutcome(ctxFor(w.hr), { ...good, proposalId: p.id, version: p.version });
    recordMeetingOutcome(ctxFor(w.hr), { socialMatch: "unsure", signals: [], note: null, proposalId: p.id, version: p.version });
    recordMeetingOutcome(ctxFor(w.consultant), { socialMatch: "poor", signals: ["needs_another_meeting"], note: "Borgeren var meget stille", proposalId: p.id, version: p.version });
    expect(refusal(() => recordMeetingOutcome(ctxFor(w.mentor), { ...good, proposalId: p.id, version: p.version }))?.kind).toBe("forbidden");
    const rows = getDb().select().from(meetingOutcomes).where(eq(meetingOutcomes.proposalId, p.id)).all();
    expect(rows.map((r) => [r.side, r.socialMatch]).sort()).toEqual([
      ["company", "unsure"],
      ["jobcentre", "poor"],
    ]);
    // The jobcentre reads both sides, on the proposal and on the candidate's page.
    expect(proposalForJobcentre(ctxFor(w.consultant), p.id).meetingOutcomes.map((o) => o.side).sort()).toEqual(["company", "jobcentre"]);
    const onProfile = getCandidate(ctxFor(w.consultant), p.candidateId, { audit: false }).proposals.find((x) => x.id === p.id)!;
    expect(onProfile.meetingOutcomes.map((o) => o.socialMatch).sort()).toEqual(["poor", "unsure"]);
    // The company (HR and the slot's mentor) reads its own side only.
    for (const person of [w.hr, w.mentor]) {
      const view = proposalForCompany(ctxFor(person), p.id);
      expect(view.meetingOutcomes.map((o) => o.side)).toEqual(["company"]);
      expect(JSON.stringify(view)).not.toContain("meget stille");
    }
    expect(proposalForCompany(ctxFor(w.mentor), p.id).mayRecordOutcome).toBe(false);
  });

  it("is refused to another company, another jobcentre and after consent is withdrawn", async () => {
    const p = await proposalWithMeeting(0);
    const input = { ...good, proposalId: p.id, version: p.version };
    expect(refusal(() => recordMeetingOutcome(ctxFor(w.hrOther), input))?.kind).toBe("not_found");
    expect(refusal(() => recordMeetingOutcome(ctxFor(w.consultantOther), input))?.kind).toBe("not_found");
    const mentorElsewhere = await makeUser("mentor", { companyId: w.companyA.id });
    expect(refusal(() => recordMeetingOutcome(ctxFor(mentorElsewhere), input))?.kind).toBe("forbidden");
    withdrawConsent(ctxFor(w.consultant), { candidateId: p.candidateId });
    expect(refusal(() => recordMeetingOutcome(ctxFor(w.hr), { ...input, version: p.version + 1 }))?.kind).toBe("not_found");
  });

  it("refuses a stale form, a CPR number and a diagnosis in the line", async () => {
    const p = await proposalWithMeeting(0);
    expect(refusal(() => recordMeetingOutcome(ctxFor(w.hr), { ...good, proposalId: p.id, version: 1 }))?.kind).toBe("conflict");
    const messages = (note: string) => meetingOutcomeInput.safeParse({ socialMatch: "good", note }).error?.issues.map((i) => i.message);
    expect(messages("Født 010190-1234")).toEqual(["error.sensitive.cpr"]);
    expect(messages("Hun har angst for nye steder")).toEqual(["error.sensitive.diagnosis"]);
    expect(meetingOutcomeInput.safeParse({ socialMatch: "fine" }).error?.issues.map((i) => i.message)).toEqual(["error.meetingOutcome.socialMatch"]);
  });
});
