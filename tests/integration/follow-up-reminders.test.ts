import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { followUps, notifications, outbox, placements, users } from "~/db/schema";
import { remindDueFollowUps } from "~/domain/placements/reminders.server";
import { copenhagenMidnight } from "~/domain/shared/working-days";
import { formatCalendarDate } from "~/i18n/translate";
import { runDueJobs } from "~/jobs/runner.server";
import { remindFollowUpsJob } from "~/jobs/remind-follow-ups.server";
import { renderMail } from "~/mail/dispatch.server";
import { makePlacement, makeUser, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const configured = process.env.PUBLIC_ORIGIN;
beforeAll(async () => {
  w = await makeWorld();
  // The job builds links from the configured public address, as in production.
  process.env.PUBLIC_ORIGIN = "https://portal.fodfaeste.test";
});
afterAll(() => {
  if (configured === undefined) delete process.env.PUBLIC_ORIGIN;
  else process.env.PUBLIC_ORIGIN = configured;
});

const link = (path: string) => `https://fodfaeste.test${path}`;
/** A Danish clock time on a calendar day (summer or winter). */
const at = (day: string, hours: number, minutes = 0) => new Date(copenhagenMidnight(day).getTime() + (hours * 60 + minutes) * 60_000);

async function placement(mentor = w.mentor) {
  const { id } = await makePlacement(w);
  if (mentor.id !== w.mentor.id) getDb().update(placements).set({ mentorUserId: mentor.id }).where(eq(placements.id, id)).run();
  const rows = getDb().select().from(followUps).where(eq(followUps.placementId, id)).orderBy(followUps.dueDate).all();
  return { id, first: rows[0]!, second: rows[1]! };
}

/** The reminders queued for a follow-up (its link is in the message). */
const remindersOf = (followUpId: number, placementId: number) =>
  getDb()
    .select()
    .from(outbox)
    .where(and(eq(outbox.subjectKey, "mail.followUpReminder.subject"), like(outbox.vars, `%/company/placements/${placementId}/follow-ups/${followUpId}"%`)))
    .all();

describe("the mentor's morning reminder of a follow-up", () => {
  it("goes on the morning it is due, not before 07:00, once, with the form's link and the day in the mentor's language", async () => {
    const { id, first } = await placement();
    remindDueFollowUps(getDb(), at(first.dueDate, 6, 59), link);
    expect(remindersOf(first.id, id)).toHaveLength(0);

    remindDueFollowUps(getDb(), at(first.dueDate, 7, 0), link);
    const [mail] = remindersOf(first.id, id);
    expect(mail).toMatchObject({ to: w.mentor.email, userId: w.mentor.id });
    const da = renderMail("da", mail!);
    expect(da.subject).toBe("Opfølgning i dag");
    expect(da.text).toContain(`I dag, ${formatCalendarDate("da", first.dueDate)}, er dagen for opfølgningen`);
    expect(da.text).toContain(`https://fodfaeste.test/company/placements/${id}/follow-ups/${first.id}`);
    expect(da.text).not.toContain(first.dueDate);
    expect(renderMail("en", mail!).text).toContain(`Today, ${formatCalendarDate("en", first.dueDate)}, is the day`);
    expect(getDb().select().from(followUps).where(eq(followUps.id, first.id)).get()!.remindedAt).toEqual(at(first.dueDate, 7, 0));
    const told = getDb().select().from(notifications).where(and(eq(notifications.userId, w.mentor.id), eq(notifications.link, `/company/placements/${id}/follow-ups/${first.id}`))).all();
    expect(told).toHaveLength(1);

    // Later runs the same day (and the next) do not send it again.
    remindDueFollowUps(getDb(), at(first.dueDate, 9, 0), link);
    remindDueFollowUps(getDb(), at(first.dueDate, 14, 0), link);
    expect(remindersOf(first.id, id)).toHaveLength(1);
  });

  it("is not sent for a follow-up already sent, one due another day, an ended placement or a mentor who has left", async () => {
    const sent = await placement();
    getDb().update(followUps).set({ status: "submitted", submittedAt: new Date() }).where(eq(followUps.id, sent.first.id)).run();
    remindDueFollowUps(getDb(), at(sent.first.dueDate, 8), link);
    expect(remindersOf(sent.first.id, sent.id)).toHaveLength(0);
    expect(remindersOf(sent.second.id, sent.id)).toHaveLength(0); // not its day yet

    const ended = await placement();
    getDb().update(placements).set({ status: "interrupted" }).where(eq(placements.id, ended.id)).run();
    remindDueFollowUps(getDb(), at(ended.first.dueDate, 8), link);
    expect(remindersOf(ended.first.id, ended.id)).toHaveLength(0);

    const leaver = await makeUser("mentor", { companyId: w.companyA.id });
    const left = await placement(leaver);
    getDb().update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, leaver.id)).run();
    remindDueFollowUps(getDb(), at(left.first.dueDate, 8), link);
    expect(remindersOf(left.first.id, left.id)).toHaveLength(0);
  });

  it("reminds of a draft the mentor has begun but not sent", async () => {
    const { id, first } = await placement();
    getDb().update(followUps).set({ status: "draft" }).where(eq(followUps.id, first.id)).run();
    remindDueFollowUps(getDb(), at(first.dueDate, 8), link);
    expect(remindersOf(first.id, id)).toHaveLength(1);
  });

  it("runs as a scheduled job: a night-time catch-up waits for the morning, a restart mid-morning still reminds, and never twice", async () => {
    const { id, first } = await placement();
    const run = (when: Date) => runDueJobs({ db: getDb(), jobs: [remindFollowUpsJob], clock: () => when, owner: "test" });
    // First start at 03:00 on the day: the job runs at once, but nobody is woken.
    expect(await run(at(first.dueDate, 3))).toEqual([expect.objectContaining({ name: "remind-follow-ups", outcome: "ok", result: { reminded: 0 } })]);
    // The server is down at 07:00 and comes back at 10:30: the missed run goes at once.
    await run(at(first.dueDate, 10, 30));
    const [mail] = remindersOf(first.id, id);
    expect(mail).toBeDefined();
    expect(renderMail("da", mail!).text).toContain(`https://portal.fodfaeste.test/company/placements/${id}/follow-ups/${first.id}`);
    await run(at(first.dueDate, 11, 0));
    await run(at(first.dueDate, 12, 0));
    expect(remindersOf(first.id, id)).toHaveLength(1);
  });
});

describe("placement mails name days in the recipient's language", () => {
  it("the start is told as a Danish date, or an English one to an English reader, never ISO", async () => {
    const { id } = await placement();
    const started = getDb().select().from(outbox).where(and(eq(outbox.to, w.mentor.email), eq(outbox.subjectKey, "mail.placementStarted.subject"))).all().at(-1)!;
    const startDate = getDb().select().from(placements).where(eq(placements.id, id)).get()!.startDate;
    expect(renderMail("da", started).text).toContain(`starter ${formatCalendarDate("da", startDate)}.`);
    expect(renderMail("en", started).text).toContain(`starts on ${formatCalendarDate("en", startDate)}.`);
    expect(renderMail("da", started).text).not.toContain(startDate);
  });
});
