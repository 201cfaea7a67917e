import { and, count, eq, gt, min } from "drizzle-orm";
import type { Db, DbOrTx } from "~/db/client.server";
import { authAttempts } from "~/db/schema";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export type AttemptKind = "login" | "reset" | "signup";

function failuresSince(
  db: DbOrTx,
  kind: AttemptKind,
  column: typeof authAttempts.email | typeof authAttempts.ip,
  value: string,
  since: Date,
) {
  const row = db
    .select({ n: count(), oldest: min(authAttempts.at) })
    .from(authAttempts)
    .where(
      and(eq(authAttempts.kind, kind), eq(column, value), eq(authAttempts.succeeded, false), gt(authAttempts.at, since)),
    )
    .get();
  return { n: row?.n ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

/**
 * Null when the attempt may go ahead; otherwise the whole minutes until the window that
 * refuses it has passed (5 failures for one e-mail or 20 from one address in 15 minutes).
 */
export function throttleMinutes(db: DbOrTx, kind: AttemptKind, email: string, ip: string, now: Date): number | null {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const blocks = [
    { ...failuresSince(db, kind, authAttempts.email, email, since), max: MAX_FAILURES_PER_EMAIL },
    { ...failuresSince(db, kind, authAttempts.ip, ip, since), max: MAX_FAILURES_PER_IP },
  ].filter((b) => b.n >= b.max && b.oldest);
  if (blocks.length === 0) return null;
  const endsAt = Math.max(...blocks.map((b) => b.oldest!.getTime() + THROTTLE_WINDOW_MS));
  return Math.max(1, Math.ceil((endsAt - now.getTime()) / 60_000));
}

/**
 * Counts the attempt before the password is checked, in one immediate transaction with the
 * check: parallel requests cannot all slip in under the limit while the slow argon2
 * verification runs. Returns the attempt's id (a failure until `markSucceeded`), or the
 * minutes to wait.
 */
export function claimAttempt(
  db: Db,
  kind: AttemptKind,
  email: string,
  ip: string,
  now: Date,
): { ok: true; attemptId: number } | { ok: false; minutes: number } {
  return db.transaction(
    (tx) => {
      const minutes = throttleMinutes(tx, kind, email, ip, now);
      if (minutes !== null) return { ok: false as const, minutes };
      const row = tx.insert(authAttempts).values({ kind, email, ip, succeeded: false, at: now }).returning({ id: authAttempts.id }).get();
      return { ok: true as const, attemptId: row.id };
    },
    { behavior: "immediate" },
  );
}

export function markSucceeded(db: DbOrTx, attemptId: number): void {
  db.update(authAttempts).set({ succeeded: true }).where(eq(authAttempts.id, attemptId)).run();
}

export function recordAttempt(db: DbOrTx, kind: AttemptKind, email: string, ip: string, succeeded: boolean, now: Date) {
  db.insert(authAttempts).values({ kind, email, ip, succeeded, at: now }).run();
}
