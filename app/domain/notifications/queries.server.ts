import { and, count, desc, eq, isNull, sql, type Placeholder } from "drizzle-orm";
import type { Db, DbOrTx } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { notificationPreferences, notifications } from "~/db/schema";
import type { Ctx } from "../actor";
import { pageOffset, type Page } from "../pagination";
import { isNotificationKind, kindsFor, NOTIFICATION_PAGE_SIZE, type NotificationKind } from "./kinds";

/**
 * The header's count runs on every page a signed-in person sees (the root loader; never for
 * visitors), so it must stay one search of the covering index (user_id, read_at, id), never a
 * scan of the table: a test reads this query's plan.
 */
export function unreadCountQuery(db: DbOrTx, userId: number | Placeholder) {
  return db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/** The number in the header. */
export function unreadCount(db: Db, userId: number): number {
  return unreadCountPrepared(db).get({ userId })?.n ?? 0;
}
// Built once per connection: it runs on every signed-in page (decision 048).
const unreadCountPrepared = preparedPerConnection((db) => unreadCountQuery(db, sql.placeholder("userId")).prepare());

export interface NotificationView {
  id: number;
  kind: NotificationKind | null;
  titleKey: string;
  vars: Record<string, string | { key: string } | { date: string }>;
  link: string;
  createdAt: Date;
  read: boolean;
}

// The notification page's queries, built once per connection (decision 054).
const notificationCount = preparedPerConnection((db) => db.select({ n: count() }).from(notifications).where(eq(notifications.userId, sql.placeholder("userId"))).prepare());
const notificationPage = preparedPerConnection((db) =>
  db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      titleKey: notifications.titleKey,
      vars: notifications.vars,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, sql.placeholder("userId")))
    .orderBy(desc(notifications.id))
    .limit(NOTIFICATION_PAGE_SIZE)
    .offset(sql.placeholder("offset"))
    .prepare(),
);
const storedPreferences = preparedPerConnection((db) =>
  db
    .select({ kind: notificationPreferences.kind, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, sql.placeholder("userId")))
    .prepare(),
);

/** The actor's own notifications, newest first; only ever their own. */
export function listNotifications(ctx: Ctx, page: number): Page<NotificationView> & { unread: number } {
  const userId = ctx.actor.userId;
  const total = notificationCount(ctx.db).get({ userId })?.n ?? 0;
  const rows = notificationPage(ctx.db).all({ userId, offset: pageOffset(page, NOTIFICATION_PAGE_SIZE) });
  return {
    rows: rows.map(({ readAt, kind, ...row }) => ({ ...row, kind: isNotificationKind(kind) ? kind : null, read: readAt !== null })),
    total,
    page,
    pageSize: NOTIFICATION_PAGE_SIZE,
    unread: unreadCount(ctx.db, ctx.actor.userId),
  };
}

/** The kinds the actor can receive, each with whether it comes by e-mail too. */
export function emailPreferences(ctx: Ctx): { kind: NotificationKind; email: boolean }[] {
  const stored = new Map(
    storedPreferences(ctx.db)
      .all({ userId: ctx.actor.userId })
      .map((row) => [row.kind, row.email]),
  );
  return kindsFor(ctx.actor.role).map((kind) => ({ kind, email: stored.get(kind) ?? true }));
}
