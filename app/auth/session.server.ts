import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { sessions, users } from "~/db/schema";
import { generateToken, hashToken } from "./tokens.server";

const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY;
/** Sliding expiry: a session used in its second half is extended to a full 30 days again. */
const RENEW_WITHIN_MS = 15 * DAY;

export type SessionUser = typeof users.$inferSelect;
export interface ValidSession {
  sessionId: string;
  expiresAt: Date;
  user: SessionUser;
  /** True when the expiry moved, so the cookie must be sent again. */
  renewed: boolean;
}

export function createSession(db: DbOrTx, userId: number, now: Date): { token: string; expiresAt: Date } {
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  db.insert(sessions).values({ id: hashToken(token), userId, expiresAt, createdAt: now }).run();
  return { token, expiresAt };
}

const sessionWithUser = preparedPerConnection((db) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(eq(sessions.id, sql.placeholder("sessionId")))
    .prepare(),
);

export function validateSessionToken(db: DbOrTx, token: string, now: Date): ValidSession | null {
  const sessionId = hashToken(token);
  const row = sessionWithUser(db).get({ sessionId });
  if (!row) return null;
  if (now.getTime() >= row.session.expiresAt.getTime() || row.user.deactivatedAt) {
    db.delete(sessions).where(eq(sessions.id, sessionId)).run();
    return null;
  }
  let expiresAt = row.session.expiresAt;
  let renewed = false;
  if (expiresAt.getTime() - now.getTime() < RENEW_WITHIN_MS) {
    expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    db.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId)).run();
    renewed = true;
  }
  return { sessionId, expiresAt, user: row.user, renewed };
}

export function invalidateSession(db: DbOrTx, sessionId: string): void {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: DbOrTx, userId: number, exceptSessionId?: string): void {
  const rows = db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId)).all();
  for (const { id } of rows) {
    if (id !== exceptSessionId) db.delete(sessions).where(eq(sessions.id, id)).run();
  }
}
