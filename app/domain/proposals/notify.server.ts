import { and, eq, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { users } from "~/db/schema";
import type { MessageKey } from "~/i18n/catalogue";
import { notifyUser } from "../notifications/commands.server";
import type { NotificationKind } from "../notifications/kinds";

/**
 * Who hears about a proposal: the company's HR and the slot's mentor, or the consultant who
 * proposed. In the portal always, by e-mail (through the outbox, after commit) unless they
 * chose otherwise.
 */
export interface ProposalMail {
  subjectKey: MessageKey;
  bodyKey: MessageKey;
  vars: Record<string, string>;
}

/**
 * A kind other than the side's usual one (the reminder), and where the notice leads: the
 * proposal itself (issue 11), asked of every caller so none falls back to the list; only a
 * proposal the reader can no longer open (consent ended) links to the list.
 */
export interface NoticeOptions {
  kind?: NotificationKind;
  link: string;
}

export const companyProposalLink = (proposalId: number) => `/company/proposals/${proposalId}`;
export const jobcentreProposalLink = (proposalId: number) => `/jobcentre/proposals/${proposalId}`;

export function notifyCompanySide(db: DbOrTx, target: { companyId: number; mentorUserId: number }, message: ProposalMail, now: Date, opts: NoticeOptions): void {
  const people = db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.companyId, target.companyId),
        isNull(users.deactivatedAt),
        or(eq(users.role, "company_admin"), eq(users.id, target.mentorUserId)),
      ),
    )
    .all();
  for (const person of people) notifyUser(db, person, { ...message, kind: opts.kind ?? "proposalForCompany", link: opts.link }, now);
}

export function notifyConsultant(db: DbOrTx, userId: number, message: ProposalMail, now: Date, opts: NoticeOptions): void {
  const people = db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deactivatedAt)))
    .all();
  for (const person of people) notifyUser(db, person, { ...message, kind: opts.kind ?? "proposalAnswered", link: opts.link }, now);
}
