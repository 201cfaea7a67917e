import type { DbOrTx } from "~/db/client.server";
import { outbox } from "~/db/schema";
import type { MessageKey } from "~/i18n/catalogue";
import type { Locale } from "~/i18n/locales";

/** A variable is plain text, a catalogue key, or a calendar day: the last two in the recipient's language. */
export type MailVars = Record<string, string | { key: MessageKey } | { date: string }>;

export interface MailMessage {
  subjectKey: MessageKey;
  bodyKey: MessageKey;
  vars: MailVars;
}

/**
 * Who gets it: a user (whose language is read when the message is sent), or an address
 * without an account with the language the command chose for it.
 */
export type MailRecipient = { to: string; userId: number } | { to: string; locale: Locale };

/**
 * Writes a message to the outbox inside the caller's transaction. Nothing leaves now: the
 * dispatcher sends it after commit, so a command that rolls back sends nothing.
 */
export function queueMail(db: DbOrTx, recipient: MailRecipient, message: MailMessage, now: Date): void {
  db.insert(outbox)
    .values({
      to: recipient.to,
      userId: "userId" in recipient ? recipient.userId : null,
      locale: "locale" in recipient ? recipient.locale : null,
      subjectKey: message.subjectKey,
      bodyKey: message.bodyKey,
      vars: message.vars,
      nextAttemptAt: now,
      createdAt: now,
    })
    .run();
}
