import { and, eq, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { users } from "~/db/schema";
import { translate, type MessageKey } from "~/i18n/translate";
import { mailSubject, sendMail } from "~/mail/mailer.server";

/**
 * Who hears about a proposal: the company's HR and the slot's mentor, or the consultant who
 * proposed. One place, so moving to the shared outbox is one change here.
 */
export interface ProposalMail {
  subjectKey: MessageKey;
  bodyKey: MessageKey;
  vars: Record<string, string>;
}

function send(db: DbOrTx, people: { email: string; name: string; locale: "da" | "en" }[], message: ProposalMail, now: Date) {
  for (const person of people) {
    const vars = { ...message.vars, name: person.name };
    sendMail(db, { to: person.email, subject: mailSubject(person.locale, message.subjectKey), text: translate(person.locale, message.bodyKey, vars) }, now);
  }
}

export function notifyCompanySide(db: DbOrTx, target: { companyId: number; mentorUserId: number }, message: ProposalMail, now: Date): void {
  const people = db
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(
      and(
        eq(users.companyId, target.companyId),
        isNull(users.deactivatedAt),
        or(eq(users.role, "company_admin"), eq(users.id, target.mentorUserId)),
      ),
    )
    .all();
  send(db, people, message, now);
}

export function notifyConsultant(db: DbOrTx, userId: number, message: ProposalMail, now: Date): void {
  const people = db
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deactivatedAt)))
    .all();
  send(db, people, message, now);
}
