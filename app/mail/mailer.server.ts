import nodemailer from "nodemailer";
import type { DbOrTx } from "~/db/client.server";
import { outbox } from "~/db/schema";
import type { MessageKey } from "~/i18n/catalogue";
import type { Locale } from "~/i18n/locales";
import { translate } from "~/i18n/translate";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transport: nodemailer.Transporter | undefined;

/**
 * The one way e-mail leaves Fodfæste. With SMTP_URL set it goes out by SMTP; otherwise it
 * lands in the outbox table, which /dev/outbox lists in development and demo mode.
 * Call it inside the use-case's transaction: the outbox row commits with the change.
 */
export function sendMail(db: DbOrTx, mail: Mail, now: Date): void {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    db.insert(outbox).values({ ...mail, createdAt: now }).run();
    return;
  }
  transport ??= nodemailer.createTransport(smtpUrl);
  const from = process.env.MAIL_FROM ?? "Fodfæste <noreply@fodfaeste.dk>";
  // Sent after the response; a failed delivery is logged, never shown to the user.
  transport.sendMail({ from, ...mail }).catch((error: unknown) => console.error("mail failed", error));
}

/**
 * An e-mail's subject is fixed text from the catalogue, with no variables: nothing a user
 * wrote (a company name, a slot title) can make the portal's mail read like something else
 * in an inbox. The details are in the body.
 */
export function mailSubject(locale: Locale, key: MessageKey): string {
  return translate(locale, key);
}

/**
 * Links in e-mails point at the portal's configured public address (see config.server.ts),
 * never at the Host the request claims.
 */
export function publicUrl(context: { publicOrigin: string }, path: string): string {
  return new URL(path, context.publicOrigin).toString();
}
