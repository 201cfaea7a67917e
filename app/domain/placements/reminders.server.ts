import { and, eq, isNull, ne } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { candidates, followUps, placements, slots, users } from "~/db/schema";
import { notifyUser } from "../notifications/commands.server";
import { copenhagenDate } from "../shared/working-days";

/** Reminders go out from this hour, Danish time: a catch-up run at night waits for the morning. */
export const FOLLOW_UP_REMINDER_FROM_HOUR = 7;

const COPENHAGEN_HOUR = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "2-digit", hourCycle: "h23" });

/**
 * Tells each mentor, on the morning a follow-up is due, that it is due today (in the portal,
 * and by e-mail through the outbox unless they chose otherwise), with a link to the form.
 * Works from the data, not from when it last ran: a run after a restart still reminds of
 * today's follow-ups not yet reminded. Each follow-up is reminded once (a conditional update
 * claims it); one already sent, or of an ended placement, is not.
 */
export function remindDueFollowUps(db: Db, now: Date, link: (path: string) => string): { reminded: number } {
  if (Number(COPENHAGEN_HOUR.format(now)) < FOLLOW_UP_REMINDER_FROM_HOUR) return { reminded: 0 };
  const today = copenhagenDate(now);
  const due = db
    .select({
      followUpId: followUps.id,
      placementId: placements.id,
      week: followUps.week,
      dueDate: followUps.dueDate,
      alias: candidates.alias,
      title: slots.title,
      mentor: { id: users.id, email: users.email, name: users.name },
    })
    .from(followUps)
    .innerJoin(placements, eq(placements.id, followUps.placementId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(users, eq(users.id, placements.mentorUserId))
    .where(and(eq(followUps.dueDate, today), ne(followUps.status, "submitted"), isNull(followUps.remindedAt), eq(placements.status, "active"), isNull(users.deactivatedAt)))
    .all();
  let reminded = 0;
  for (const f of due) {
    db.transaction((tx) => {
      const claimed = tx
        .update(followUps)
        .set({ remindedAt: now })
        .where(and(eq(followUps.id, f.followUpId), isNull(followUps.remindedAt)))
        .run();
      if (claimed.changes !== 1) return; // another process got there first
      const path = `/company/placements/${f.placementId}/follow-ups/${f.followUpId}`;
      notifyUser(
        tx,
        f.mentor,
        {
          kind: "placementForCompany",
          link: path,
          subjectKey: "mail.followUpReminder.subject",
          bodyKey: "mail.followUpReminder.body",
          vars: { alias: f.alias, title: f.title, week: String(f.week), date: { date: f.dueDate }, link: link(path) },
        },
        now,
      );
      reminded += 1;
    });
  }
  return { reminded };
}
