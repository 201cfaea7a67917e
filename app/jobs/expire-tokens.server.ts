import { and, isNull, lte } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { authAttempts, invitations, mailQuota, passwordResets, representativeLinks, sessions, signupRequests } from "~/db/schema";
import type { Job } from "./job";

const DAY = 24 * 60 * 60 * 1000;
/** An expired invitation stays visible this long, so HR can see who never accepted. */
export const INVITATION_KEPT_AFTER_EXPIRY_MS = 30 * DAY;

/**
 * Deletes the hashes of tokens that can no longer be used. Every lookup already refuses an
 * expired token; this keeps the tables small and stops storing what is no longer needed.
 * An accepted invitation is kept: it records who invited whom.
 */
export function expireTokens(db: Db, now: Date): Record<string, number> {
  return db.transaction((tx) => ({
    sessions: tx.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes,
    passwordResets: tx.delete(passwordResets).where(lte(passwordResets.expiresAt, now)).run().changes,
    invitations: tx
      .delete(invitations)
      .where(and(isNull(invitations.acceptedAt), lte(invitations.expiresAt, new Date(now.getTime() - INVITATION_KEPT_AFTER_EXPIRY_MS))))
      .run().changes,
    representativeLinks: tx.delete(representativeLinks).where(lte(representativeLinks.expiresAt, now)).run().changes,
    // An unconfirmed sign-up holds a password hash and someone's details: gone once its link is dead.
    signupRequests: tx.delete(signupRequests).where(lte(signupRequests.expiresAt, now)).run().changes,
    // Throttle and mail-quota counters only matter within their windows (15 minutes, a day).
    authAttempts: tx.delete(authAttempts).where(lte(authAttempts.at, new Date(now.getTime() - 2 * DAY))).run().changes,
    mailQuota: tx.delete(mailQuota).where(lte(mailQuota.at, new Date(now.getTime() - 2 * DAY))).run().changes,
  }));
}

export const expireTokensJob: Job = {
  name: "expire-tokens",
  schedule: "0 15 3 * * *", // every night at 03:15
  leaseMs: 10 * 60_000,
  run: ({ db, now }) => expireTokens(db, now),
};
