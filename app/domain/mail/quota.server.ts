import { and, count, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { mailQuota } from "~/db/schema";
import type { Actor } from "../actor";
import { DomainError } from "../errors";

/**
 * How much e-mail a person can make the portal send to others. Generous for real work
 * (a new company inviting its staff, HR resending a link), small enough that nobody can use
 * Fodfæste to spam: per organisation per hour and per day, and per receiving address per day.
 */
export const MAIL_QUOTA = {
  perSenderPerHour: 20,
  perSenderPerDay: 60,
  perAddressPerDay: 5,
} as const;

export type QuotaMailKind = "invitation" | "representative" | "signup";

const HOUR_MS = 60 * 60 * 1000;

export function senderOf(actor: Actor): string {
  if (actor.companyId != null) return `company:${actor.companyId}`;
  return `jobcentre:${actor.jobcentreId ?? 0}`;
}

function sentSince(db: DbOrTx, column: typeof mailQuota.sender | typeof mailQuota.recipient, value: string, since: Date): number {
  return db.select({ n: count() }).from(mailQuota).where(and(eq(column, value), gt(mailQuota.at, since))).get()?.n ?? 0;
}

/**
 * Counts one e-mail against the limits, inside the command's transaction (so a refused or
 * failed command counts nothing), or refuses it with 429 and a message saying to wait.
 */
export function reserveMail(db: DbOrTx, input: { sender: string; to: string; kind: QuotaMailKind; now: Date }): void {
  const to = input.to.trim().toLowerCase();
  const hourAgo = new Date(input.now.getTime() - HOUR_MS);
  const dayAgo = new Date(input.now.getTime() - 24 * HOUR_MS);
  if (
    sentSince(db, mailQuota.sender, input.sender, hourAgo) >= MAIL_QUOTA.perSenderPerHour ||
    sentSince(db, mailQuota.sender, input.sender, dayAgo) >= MAIL_QUOTA.perSenderPerDay
  ) {
    throw new DomainError("rate_limited", "error.mail.tooManyFromYou");
  }
  if (sentSince(db, mailQuota.recipient, to, dayAgo) >= MAIL_QUOTA.perAddressPerDay) {
    throw new DomainError("rate_limited", "error.mail.tooManyToAddress");
  }
  db.insert(mailQuota).values({ sender: input.sender, recipient: to, kind: input.kind, at: input.now }).run();
}
