import { and, eq, gt, isNull } from "drizzle-orm";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "~/auth/password.server";
import { createSession, invalidateSession, invalidateUserSessions } from "~/auth/session.server";
import { generateToken, hashToken } from "~/auth/tokens.server";
import { actorFor } from "~/auth/current-user.server";
import type { Db, DbOrTx } from "~/db/client.server";
import { companies, passwordResets, users } from "~/db/schema";
import type { AnonCtx, Ctx } from "../actor";
import { invalid } from "../errors";
import { recordAudit } from "../shared/audit.server";
import { queueMail } from "../shared/outbox.server";
import { claimAttempt, markSucceeded } from "./throttle.server";

export type LoginResult =
  | { ok: true; token: string; expiresAt: Date; role: (typeof users.$inferSelect)["role"] }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; minutes: number };

function scopeOf(db: Db, user: typeof users.$inferSelect): number | null {
  if (user.jobcentreId != null) return user.jobcentreId;
  if (user.companyId == null) return null;
  return db.select({ j: companies.jobcentreId }).from(companies).where(eq(companies.id, user.companyId)).get()?.j ?? null;
}

/**
 * One answer for unknown e-mail, wrong password and deactivated user, and the same work
 * (an argon2 verification) in each case, so neither message nor timing tells them apart.
 */
export async function login(ctx: AnonCtx, input: { email: string; password: string }): Promise<LoginResult> {
  const { db, now } = ctx;
  const ip = ctx.ip ?? "unknown";
  const email = input.email.trim().toLowerCase();
  const claim = claimAttempt(db, "login", email, ip, now);
  if (!claim.ok) {
    recordAudit(db, { now, ip, actorLabel: email }, "auth.login_throttled", null);
    return { ok: false, reason: "throttled", minutes: claim.minutes };
  }
  const user = db.select().from(users).where(eq(users.email, email)).get();
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !valid || user.deactivatedAt) {
    db.transaction((tx) => {
      recordAudit(
        tx,
        { now, ip, actorLabel: email },
        "auth.login_failed",
        user ? { type: "user", id: user.id, jobcentreId: scopeOf(db, user), companyId: user.companyId } : null,
      );
    });
    return { ok: false, reason: "invalid" };
  }
  const session = db.transaction((tx) => {
    markSucceeded(tx, claim.attemptId);
    const created = createSession(tx, user.id, now);
    recordAudit(tx, { now, ip, actor: actorFor(db, user) }, "auth.login", { type: "user", id: user.id, jobcentreId: scopeOf(db, user) });
    return created;
  });
  return { ok: true, ...session, role: user.role };
}

export function logout(ctx: Ctx, sessionId: string): void {
  ctx.db.transaction((tx) => {
    invalidateSession(tx, sessionId);
    recordAudit(tx, ctx, "auth.logout", null);
  });
}

/** Changing one's password ends every other session of that user; this one stays. */
export async function changePassword(
  ctx: Ctx & { sessionId: string },
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId)).get();
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid("error.currentPassword.wrong", "currentPassword");
  }
  const passwordHash = await hashPassword(input.newPassword);
  ctx.db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
    spendOutstandingResets(tx, user.id, ctx.now);
    invalidateUserSessions(tx, user.id, ctx.sessionId);
    recordAudit(tx, ctx, "auth.password_changed", { type: "user", id: user.id });
  });
}

export const RESET_LIFETIME_MS = 60 * 60 * 1000;

export type ResetRequestResult = { ok: true } | { ok: false; minutes: number };

/**
 * Always answers the same whether or not the e-mail is known. Requests count towards the
 * same per-account and per-address throttle as logins do, under their own kind.
 */
export function requestPasswordReset(
  ctx: AnonCtx,
  input: { email: string; link: (token: string) => string },
): ResetRequestResult {
  const { db, now } = ctx;
  const ip = ctx.ip ?? "unknown";
  const email = input.email.trim().toLowerCase();
  // Every request counts as a "failure" for throttling: resets are not meant to repeat.
  const claim = claimAttempt(db, "reset", email, ip, now);
  if (!claim.ok) return { ok: false, minutes: claim.minutes };
  db.transaction((tx) => {
    const user = tx
      .select()
      .from(users)
      .where(and(eq(users.email, email), isNull(users.deactivatedAt)))
      .get();
    if (!user) return;
    const token = generateToken();
    tx.insert(passwordResets)
      .values({ tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(now.getTime() + RESET_LIFETIME_MS), createdAt: now })
      .run();
    queueMail(tx, { to: user.email, userId: user.id }, { subjectKey: "mail.reset.subject", bodyKey: "mail.reset.body", vars: { name: user.name, link: input.link(token) } }, now);
    recordAudit(tx, { now, ip, actorLabel: email }, "auth.password_reset_requested", {
      type: "user",
      id: user.id,
      jobcentreId: scopeOf(db, user),
      companyId: user.companyId,
    });
  });
  return { ok: true };
}

/**
 * A new password makes every reset link the user still has worthless: the one just used,
 * older ones from earlier requests, and any sent before a change in /account.
 */
function spendOutstandingResets(db: DbOrTx, userId: number, now: Date): void {
  db.update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)))
    .run();
}

function findValidReset(db: Db, token: string, now: Date) {
  return db
    .select()
    .from(passwordResets)
    .where(
      and(eq(passwordResets.tokenHash, hashToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
    )
    .get();
}

export function isResetTokenValid(db: Db, token: string, now: Date): boolean {
  return findValidReset(db, token, now) !== undefined;
}

/** Single use: the token is spent, every session of the user ends, and a fresh one starts. */
export async function resetPassword(
  ctx: AnonCtx,
  input: { token: string; newPassword: string },
): Promise<{ token: string; expiresAt: Date; role: (typeof users.$inferSelect)["role"] }> {
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction((tx) => {
    const reset = findValidReset(ctx.db, input.token, ctx.now);
    if (!reset) throw invalid("error.reset.invalidLink");
    const user = tx.select().from(users).where(eq(users.id, reset.userId)).get();
    if (!user || user.deactivatedAt) throw invalid("error.reset.invalidLink");
    spendOutstandingResets(tx, user.id, ctx.now);
    tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
    invalidateUserSessions(tx, user.id);
    const session = createSession(tx, user.id, ctx.now);
    recordAudit(tx, { ...ctx, actor: actorFor(ctx.db, user) }, "auth.password_reset", { type: "user", id: user.id, jobcentreId: scopeOf(ctx.db, user) });
    return { ...session, role: user.role };
  });
}
