import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { jobs, notifications, outbox, proposals } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { remindUnansweredProposals } from "~/domain/proposals/reminders.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { remindProposalsJob } from "~/jobs/remind-proposals.server";
import { nextOccurrence, runDueJobs } from "~/jobs/runner.server";
import { ctxFor, expectAudit, makeCandidate, makeOpenSlot, makeWorld, setConsentDays } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const DAY = 86_400_000;
const now = new Date();
const today = copenhagenDate(now);

beforeAll(async () => {
  w = await makeWorld();
});

/** A proposal to a new open slot of company A, made `daysAgo` calendar days ago. */
async function proposalFrom(daysAgo: number) {
  const slotId = await makeOpenSlot(w);
  const candidateId = await makeCandidate(w.consultant, {}, { givenOn: addDays(today, -40) });
  const id = propose(ctxFor(w.consultant, new Date(now.getTime() - daysAgo * DAY)), { candidateId, slotId, motivation: "Stabil og glad for faste opgaver." });
  return { id, candidateId };
}

const remindersTo = (userId: number) =>
  getDb()
    .select({ link: notifications.link, kind: notifications.kind })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, "proposalReminder")))
    .all();
const reminderMails = () => getDb().select({ to: outbox.to, subjectKey: outbox.subjectKey }).from(outbox).where(eq(outbox.bodyKey, "mail.proposalReminder.body")).all();

describe("a proposal unanswered for 5 working days", () => {
  it("is reminded once to HR, the slot's mentor and the consultant, in the portal and by e-mail", async () => {
    // 20 calendar days always hold at least 5 Danish working days; 1 hour never does.
    const late = await proposalFrom(20);
    const fresh = await proposalFrom(1 / 24);
    const runs = await runDueJobs({ db: getDb(), jobs: [remindProposalsJob], clock: () => now, owner: "test" });
    expect(runs).toEqual([{ name: remindProposalsJob.name, outcome: "ok", result: { reminded: 1 } }]);
    expect(remindersTo(w.hr.id)).toEqual([{ link: `/company/proposals/${late.id}`, kind: "proposalReminder" }]);
    expect(remindersTo(w.mentor.id)).toEqual([{ link: `/company/proposals/${late.id}`, kind: "proposalReminder" }]);
    expect(remindersTo(w.consultant.id)).toEqual([{ link: `/jobcentre/proposals/${late.id}`, kind: "proposalReminder" }]);
    expect(reminderMails().map((m) => m.to).sort()).toEqual([w.hr.email, w.mentor.email].sort());
    expect(getDb().select().from(outbox).where(and(eq(outbox.to, w.consultant.email), eq(outbox.bodyKey, "mail.proposalReminderConsultant.body"))).all()).toHaveLength(1);
    expect(getDb().select({ at: proposals.remindedAt }).from(proposals).where(eq(proposals.id, fresh.id)).get()?.at).toBeNull();
    expectAudit("proposal.reminded", { subjectId: late.id, actorUserId: null, companyId: w.companyA.id, jobcentreId: w.jc.id });

    // The next run (the job is due again an hour later) sends nothing new.
    getDb().update(jobs).set({ nextRunAt: now }).where(eq(jobs.name, remindProposalsJob.name)).run();
    const again = await runDueJobs({ db: getDb(), jobs: [remindProposalsJob], clock: () => new Date(now.getTime() + 1000), owner: "test" });
    expect(again[0]?.result).toEqual({ reminded: 0 });
    expect(remindersTo(w.hr.id)).toHaveLength(1);
    expect(reminderMails()).toHaveLength(2);
  });

  it("is never reminded twice, even by a second run at the same moment", async () => {
    const p = await proposalFrom(20);
    expect(remindUnansweredProposals(getDb(), now).reminded).toBe(1);
    expect(remindUnansweredProposals(getDb(), now).reminded).toBe(0);
    expect(getDb().select().from(notifications).where(and(eq(notifications.link, `/company/proposals/${p.id}`), eq(notifications.kind, "proposalReminder"), eq(notifications.userId, w.hr.id))).all()).toHaveLength(1);
  });

  it("is not reminded once answered, nor when consent no longer covers the company", async () => {
    const answered = await proposalFrom(20);
    transitionProposal(ctxFor(w.hr), { proposalId: answered.id, version: 1, command: "inviteToMeeting", meeting: { meetingDate: addDays(today, 2), meetingTime: "10:00", meetingPlace: "Bageriet" } });
    const expired = await proposalFrom(20);
    setConsentDays(expired.candidateId, { expiresOn: addDays(today, -1) });
    expect(remindUnansweredProposals(getDb(), now).reminded).toBe(0);
    // When the consultant renews the consent, the waiting proposal is reminded after all.
    setConsentDays(expired.candidateId, { expiresOn: addDays(today, 100) });
    expect(remindUnansweredProposals(getDb(), now).reminded).toBe(1);
  });

  it("catches up at once after the server was down, and otherwise runs in working hours on weekdays", async () => {
    const p = await proposalFrom(20);
    // The last run was three days ago; the server was down since.
    getDb().update(jobs).set({ nextRunAt: new Date(now.getTime() - 3 * DAY) }).where(eq(jobs.name, remindProposalsJob.name)).run();
    const runs = await runDueJobs({ db: getDb(), jobs: [remindProposalsJob], clock: () => now, owner: "after-restart" });
    expect(runs[0]?.result).toEqual({ reminded: 1 });
    expect(getDb().select({ at: proposals.remindedAt }).from(proposals).where(eq(proposals.id, p.id)).get()?.at).toEqual(now);
    // Friday 18:00 in Copenhagen (17:00 UTC in winter): the next run is Monday 07:05.
    expect(nextOccurrence(remindProposalsJob.schedule, new Date("2026-12-04T17:00:00Z")).toISOString()).toBe("2026-12-07T06:05:00.000Z");
  });
});
