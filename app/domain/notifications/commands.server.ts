import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { notificationPreferences, notifications, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { notFound } from "../errors";
import { queueMail, type MailMessage } from "../shared/outbox.server";
import { kindsFor, type NotificationKind } from "./kinds";

/** An event to tell a user about: in the portal always, by e-mail unless they chose not to. */
export interface Notice extends MailMessage {
  kind: NotificationKind;
  /** A path inside the portal, e.g. `/company/slots/12`. */
  link: string;
}

export interface NoticeRecipient {
  id: number;
  email: string;
  name: string;
}

export function wantsEmail(db: DbOrTx, userId: number, kind: NotificationKind): boolean {
  const choice = db
    .select({ email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.kind, kind)))
    .get();
  return choice?.email ?? true;
}

/**
 * Tells one user, inside the caller's transaction: a notification in the portal, and the
 * e-mail through the outbox when they want it. A rolled-back command tells nobody.
 */
export function notifyUser(db: DbOrTx, recipient: NoticeRecipient, notice: Notice, now: Date): void {
  const vars = { ...notice.vars, name: recipient.name };
  db.insert(notifications)
    .values({ userId: recipient.id, kind: notice.kind, titleKey: notice.subjectKey, vars, link: notice.link, createdAt: now })
    .run();
  if (wantsEmail(db, recipient.id, notice.kind)) {
    queueMail(db, { to: recipient.email, userId: recipient.id }, { subjectKey: notice.subjectKey, bodyKey: notice.bodyKey, vars }, now);
  }
}

/** Marks one of the actor's own notifications as read and returns where it points. */
export function markNotificationRead(ctx: Ctx, id: number): { link: string } {
  const row = ctx.db
    .select({ id: notifications.id, link: notifications.link, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, ctx.actor.userId)))
    .get();
  if (!row) throw notFound();
  if (!row.readAt) ctx.db.update(notifications).set({ readAt: ctx.now }).where(eq(notifications.id, row.id)).run();
  return { link: row.link };
}

export function markAllNotificationsRead(ctx: Ctx): number {
  return ctx.db
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)))
    .run().changes;
}

/**
 * Saves which kinds the actor wants by e-mail. Only kinds their role can receive are
 * stored; every one of those gets a row, so a later default change does not flip a choice.
 */
export function setEmailPreferences(ctx: Ctx, input: { email: readonly NotificationKind[] }): void {
  const allowed = kindsFor(ctx.actor.role);
  ctx.db.transaction((tx) => {
    for (const kind of allowed) {
      const email = input.email.includes(kind);
      tx.insert(notificationPreferences)
        .values({ userId: ctx.actor.userId, kind, email })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { email } })
        .run();
    }
  });
}

/** Every active staff member of the jobcentre, each addressed by name. */
export function notifyJobcentreStaff(db: DbOrTx, jobcentreId: number, notice: Notice, now: Date): void {
  const staff = db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.jobcentreId, jobcentreId), isNull(users.deactivatedAt)))
    .all();
  for (const person of staff) notifyUser(db, person, notice, now);
}

/** Every active HR person of the company, each addressed by name. */
export function notifyCompanyHr(db: DbOrTx, companyId: number, notice: Notice, now: Date): void {
  const hr = db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.role, "company_admin"), isNull(users.deactivatedAt)))
    .all();
  for (const person of hr) notifyUser(db, person, notice, now);
}
