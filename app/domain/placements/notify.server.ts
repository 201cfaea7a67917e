import { and, eq, isNull, ne, or } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { users } from "~/db/schema";
import type { MessageKey } from "~/i18n/catalogue";
import { notifyUser } from "../notifications/commands.server";
import type { MailVars } from "../shared/outbox.server";

/**
 * Who hears about a placement: the company's HR and the placement's mentor, and the
 * consultant who proposed the citizen. In the portal always, by e-mail (through the
 * outbox, after commit) unless they chose otherwise. The one who acted is not told.
 */
export interface PlacementNotice {
  subjectKey: MessageKey;
  bodyKey: MessageKey;
  vars: MailVars;
}

const active = (db: DbOrTx, where: ReturnType<typeof and>) => db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(where).all();

export function notifyPlacementCompany(db: DbOrTx, p: { id: number; companyId: number; mentorUserId: number }, notice: PlacementNotice, now: Date, exceptUserId: number): void {
  const people = active(db, and(eq(users.companyId, p.companyId), isNull(users.deactivatedAt), ne(users.id, exceptUserId), or(eq(users.role, "company_admin"), eq(users.id, p.mentorUserId))));
  for (const person of people) notifyUser(db, person, { ...notice, kind: "placementForCompany", link: `/company/placements/${p.id}` }, now);
}

/** The company's HR only, not the mentor: for what the mentor does not see (the wage cost). */
export function notifyPlacementHr(db: DbOrTx, p: { id: number; companyId: number }, notice: PlacementNotice, now: Date, exceptUserId: number): void {
  const people = active(db, and(eq(users.companyId, p.companyId), isNull(users.deactivatedAt), ne(users.id, exceptUserId), eq(users.role, "company_admin")));
  for (const person of people) notifyUser(db, person, { ...notice, kind: "placementForCompany", link: `/company/placements/${p.id}` }, now);
}

export function notifyPlacementConsultant(db: DbOrTx, p: { id: number }, consultantUserId: number, notice: PlacementNotice, now: Date, exceptUserId: number): void {
  if (consultantUserId === exceptUserId) return;
  const people = active(db, and(eq(users.id, consultantUserId), isNull(users.deactivatedAt)));
  for (const person of people) notifyUser(db, person, { ...notice, kind: "placementForJobcentre", link: `/jobcentre/placements/${p.id}` }, now);
}
