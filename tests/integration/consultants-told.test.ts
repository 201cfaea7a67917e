/**
 * Consultants are told (issue 9.10): a slot sent to their jobcentre, and a representative
 * who has not answered in 5 working days (HR is reminded then too), through the job runner,
 * never twice and caught up after a stop.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { notifications, representativeLinks } from "~/db/schema";
import { remindOverdueRepresentatives } from "~/domain/slots/representative-reminders.server";
import { transitionSlot } from "~/domain/slots/commands.server";
import { remindRepresentativesJob } from "~/jobs/remind-representatives.server";
import { runDueJobs } from "~/jobs/runner.server";
import { askRepresentative, ctxFor, expectAudit, makeSlot, makeTask, makeWorld, slotVersion } from "../factories";
import { lastMailTo } from "../mail";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const told = (userId: number, kind: string, link: string) =>
  getDb().select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind), eq(notifications.link, link))).all();

async function awaitingSlot() {
  return makeSlot({ hr: w.hr, status: "awaiting_representative", over: { taskIds: [makeTask(w.hr)], mentorUserId: w.mentor.id } });
}

/** The slot's open link, sent at the given moment. */
function sentAt(slotId: number, when: string) {
  getDb().update(representativeLinks).set({ createdAt: new Date(when) }).where(eq(representativeLinks.slotId, slotId)).run();
}

describe("a slot sent to the jobcentre", () => {
  it("tells every consultant of that jobcentre, in the portal and by e-mail, and nobody at another jobcentre", async () => {
    const slotId = await makeSlot({ hr: w.hr, status: "rep_confirmed", over: { taskIds: [makeTask(w.hr)], mentorUserId: w.mentor.id } });
    transitionSlot(ctxFor(w.hr), { slotId, command: "submit", version: slotVersion(slotId) });
    for (const person of [w.consultant, w.admin]) expect(told(person.id, "slotSubmitted", `/jobcentre/slots/${slotId}`)).toHaveLength(1);
    expect(told(w.consultantOther.id, "slotSubmitted", `/jobcentre/slots/${slotId}`)).toHaveLength(0);
    expect((await lastMailTo(w.consultant.email)).subject).toBe("En praktikplads venter på jeres gennemgang");
  });
});

describe("a representative who has not answered", () => {
  it("is reminded about after 5 Danish working days, to HR and the jobcentre, once", async () => {
    const slotId = await awaitingSlot();
    sentAt(slotId, "2026-11-16T08:00:00Z"); // a Monday
    expect(remindOverdueRepresentatives(getDb(), new Date("2026-11-20T15:00:00Z")).reminded).toBe(0); // Friday: 4 working days
    expect(told(w.hr.id, "representativeOverdue", `/company/slots/${slotId}`)).toHaveLength(0);
    expect(remindOverdueRepresentatives(getDb(), new Date("2026-11-23T09:00:00Z")).reminded).toBeGreaterThanOrEqual(1); // Monday: 5
    expect(told(w.hr.id, "representativeOverdue", `/company/slots/${slotId}`)).toHaveLength(1);
    expect(told(w.consultant.id, "representativeOverdue", `/jobcentre/companies/${w.companyA.id}`).length).toBeGreaterThanOrEqual(1);
    expect((await lastMailTo(w.hr.email)).subject).toBe("Medarbejderrepræsentanten har ikke svaret endnu");
    expectAudit("slot.representative_reminded", { subjectId: slotId, companyId: w.companyA.id, jobcentreId: w.jc.id });
    // Never twice for the same link.
    remindOverdueRepresentatives(getDb(), new Date("2026-11-30T09:00:00Z"));
    expect(told(w.hr.id, "representativeOverdue", `/company/slots/${slotId}`)).toHaveLength(1);
  });

  it("counts working days: a link sent before Christmas waits past the holidays", async () => {
    const slotId = await awaitingSlot();
    sentAt(slotId, "2026-12-22T09:00:00Z"); // Tuesday; 24th–26th and 31st, 1 January are not working days
    remindOverdueRepresentatives(getDb(), new Date("2026-12-30T09:00:00Z")); // 23, 28, 29, 30: 4
    expect(told(w.hr.id, "representativeOverdue", `/company/slots/${slotId}`)).toHaveLength(0);
    remindOverdueRepresentatives(getDb(), new Date("2027-01-04T09:00:00Z")); // Monday 4 January is the 5th
    expect(told(w.hr.id, "representativeOverdue", `/company/slots/${slotId}`)).toHaveLength(1);
  });

  it("is not reminded about once answered, and a resent link gets its own five days", async () => {
    const answered = await awaitingSlot();
    sentAt(answered, "2026-10-05T08:00:00Z");
    const { answerAsRepresentative } = await import("../factories");
    const token = askRepresentative(w.hr, answered); // a resend: the old link is revoked
    sentAt(answered, "2026-10-05T08:00:00Z");
    answerAsRepresentative(answered, token);
    remindOverdueRepresentatives(getDb(), new Date("2026-10-20T09:00:00Z"));
    expect(told(w.hr.id, "representativeOverdue", `/company/slots/${answered}`)).toHaveLength(0);
  });

  it("runs as a scheduled job that catches up after the server was down", async () => {
    const slotId = await awaitingSlot();
    sentAt(slotId, "2027-02-01T08:00:00Z"); // Monday
    const run = (iso: string) => runDueJobs({ db: getDb(), jobs: [remindRepresentativesJob], clock: () => new Date(iso), owner: "test" });
    await run("2027-02-02T09:00:00Z"); // first start: due at once, nothing overdue yet
    expect(told(w.hr.id, "representativeOverdue", `/company/slots/${slotId}`)).toHaveLength(0);
    // Down from Tuesday to the next Wednesday: the first run after the restart reminds.
    const runs = await run("2027-02-10T07:00:00Z");
    expect(runs).toEqual([expect.objectContaining({ name: "remind-representatives", outcome: "ok" })]);
    expect(told(w.hr.id, "representativeOverdue", `/company/slots/${slotId}`)).toHaveLength(1);
  });
});
