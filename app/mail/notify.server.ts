import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { users } from "~/db/schema";
import { translate, type MessageKey } from "~/i18n/translate";
import { mailSubject, sendMail } from "~/mail/mailer.server";

/** Tells every active staff member of the jobcentre, each in their own language. */
export function notifyJobcentreStaff(
  db: DbOrTx,
  jobcentreId: number,
  message: { subjectKey: MessageKey; bodyKey: MessageKey; vars: Record<string, string> },
  now: Date,
): void {
  const staff = db
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.jobcentreId, jobcentreId), isNull(users.deactivatedAt)))
    .all();
  for (const person of staff) {
    const vars = { ...message.vars, name: person.name };
    sendMail(
      db,
      { to: person.email, subject: mailSubject(person.locale, message.subjectKey), text: translate(person.locale, message.bodyKey, vars) },
      now,
    );
  }
}

/** Tells every active HR person of the company, each in their own language. */
export function notifyCompanyHr(
  db: DbOrTx,
  companyId: number,
  message: { subjectKey: MessageKey; bodyKey: MessageKey; vars: Record<string, string> },
  now: Date,
): void {
  const hr = db
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.role, "company_admin"), isNull(users.deactivatedAt)))
    .all();
  for (const person of hr) {
    const vars = { ...message.vars, name: person.name };
    sendMail(
      db,
      { to: person.email, subject: mailSubject(person.locale, message.subjectKey), text: translate(person.locale, message.bodyKey, vars) },
      now,
    );
  }
}
