import { and, asc, desc, eq, isNotNull, lte, or } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { outbox, users } from "~/db/schema";
import { isLocale, type Locale } from "~/i18n/locales";
import { formatCalendarDate, isMessageKey, translate } from "~/i18n/translate";
import { configuredTransport, mailSubject, type MailTransport, type RenderedMail } from "./mailer.server";

/** After this many failed attempts a message is given up and stays as failed. */
export const MAX_ATTEMPTS = 8;
/** A claimed message not finished within this long (a crash mid-send) is tried again. */
export const LEASE_MS = 5 * 60 * 1000;
const BATCH = 50;

/** 1, 2, 4, … minutes after each failure, at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000);
}

type OutboxRow = typeof outbox.$inferSelect;

/** The recipient's language now (a user may have switched since), else the one stored. */
function localeOf(db: Db, row: OutboxRow): Locale {
  if (row.userId != null) {
    const user = db.select({ locale: users.locale }).from(users).where(eq(users.id, row.userId)).get();
    if (user) return user.locale;
  }
  return isLocale(row.locale) ? row.locale : "da";
}

class Unrenderable extends Error {}

export function renderMail(locale: Locale, row: Pick<OutboxRow, "to" | "subjectKey" | "bodyKey" | "vars">): RenderedMail {
  if (!isMessageKey(row.subjectKey) || !isMessageKey(row.bodyKey)) throw new Unrenderable(`unknown message ${row.subjectKey} / ${row.bodyKey}`);
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(row.vars)) {
    // A calendar day travels as YYYY-MM-DD and is written the reader's way ("2. december 2026").
    if (typeof value === "string") vars[name] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(locale, value) : value;
    else if (isMessageKey(value.key)) vars[name] = translate(locale, value.key);
    else throw new Unrenderable(`unknown message ${value.key} in ${name}`);
  }
  // Subjects are fixed catalogue text: no user-written variables in them (mailSubject).
  return { to: row.to, subject: mailSubject(locale, row.subjectKey), text: translate(locale, row.bodyKey, vars) };
}

/** Takes the message for this dispatcher unless another one holds a live lease on it. */
function claim(db: Db, id: number, now: Date): boolean {
  const result = db
    .update(outbox)
    .set({ status: "sending", leasedUntil: new Date(now.getTime() + LEASE_MS) })
    .where(
      and(
        eq(outbox.id, id),
        or(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)), and(eq(outbox.status, "sending"), lte(outbox.leasedUntil, now))),
      ),
    )
    .run();
  return result.changes === 1;
}

export interface DispatchResult {
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * Sends what committed commands left in the outbox: renders each message in the recipient's
 * language, sends it (SMTP when configured, otherwise it is kept for /dev/outbox), and on
 * failure tries again later with back-off, recording the error; after MAX_ATTEMPTS it stays
 * failed. Safe to run from several places at once: each message is leased before sending.
 */
export async function dispatchOutbox(db: Db, now: Date, transport: MailTransport = configuredTransport()): Promise<DispatchResult> {
  const result: DispatchResult = { delivered: 0, retrying: 0, failed: 0 };
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      or(
        and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)),
        and(eq(outbox.status, "sending"), isNotNull(outbox.leasedUntil), lte(outbox.leasedUntil, now)),
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(BATCH)
    .all();
  for (const { id } of due) {
    if (!claim(db, id, now)) continue;
    const row = db.select().from(outbox).where(eq(outbox.id, id)).get()!;
    const attempts = row.attempts + 1;
    try {
      const mail = renderMail(localeOf(db, row), row);
      await transport.send(mail);
      db.update(outbox)
        .set({ status: transport.kind === "smtp" ? "sent" : "dev", subject: mail.subject, text: mail.text, attempts, sentAt: now, leasedUntil: null, lastError: null })
        .where(eq(outbox.id, id))
        .run();
      result.delivered++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = error instanceof Unrenderable || attempts >= MAX_ATTEMPTS;
      db.update(outbox)
        .set({
          status: giveUp ? "failed" : "pending",
          attempts,
          lastError: message.slice(0, 1000),
          leasedUntil: null,
          nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
        })
        .where(eq(outbox.id, id))
        .run();
      console.error(`mail ${id} to ${row.to} ${giveUp ? "failed for good" : "failed, will retry"}: ${message}`);
      if (giveUp) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

/** What /dev/outbox lists: the messages delivered there, newest first. */
export function devOutbox(db: Db, limit = 50) {
  return db
    .select({ id: outbox.id, to: outbox.to, subject: outbox.subject, text: outbox.text, createdAt: outbox.createdAt })
    .from(outbox)
    .where(eq(outbox.status, "dev"))
    .orderBy(desc(outbox.id))
    .limit(limit)
    .all();
}
