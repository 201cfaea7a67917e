import nodemailer from "nodemailer";
import type { MessageKey } from "~/i18n/catalogue";
import type { Locale } from "~/i18n/locales";
import { translate } from "~/i18n/translate";

export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
}

/** Where rendered mail goes: SMTP when configured, otherwise kept for /dev/outbox. */
export interface MailTransport {
  readonly kind: "smtp" | "dev";
  send(mail: RenderedMail): Promise<void>;
}

let smtp: nodemailer.Transporter | undefined;

/** The transport for this process, from SMTP_URL and MAIL_FROM. */
export function configuredTransport(): MailTransport {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) return { kind: "dev", send: async () => {} };
  smtp ??= nodemailer.createTransport(smtpUrl);
  const from = process.env.MAIL_FROM ?? "Fodfæste <noreply@fodfaeste.dk>";
  return {
    kind: "smtp",
    send: async (mail) => {
      await smtp!.sendMail({ from, ...mail });
    },
  };
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
