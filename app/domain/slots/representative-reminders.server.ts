import { and, eq, isNull, lte } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { companies, representativeLinks, slots } from "~/db/schema";
import { notifyCompanyHr, notifyJobcentreStaff } from "../notifications/commands.server";
import { RULES } from "../rules/rules";
import { recordAudit } from "../shared/audit.server";
import { workingDaysSince } from "../shared/working-days";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reminds HR and the jobcentre's staff about every representative link that has waited
 * `RULES.representative.reminderWorkingDays` Danish working days without an answer. Works
 * from the data, not from when it last ran: a run after a stop catches up everything
 * overdue. Each link is reminded once (a conditional update claims it); a resent link is a
 * new link with its own clock.
 */
export function remindOverdueRepresentatives(db: Db, now: Date): { reminded: number } {
  // Five working days are at least five calendar days: a cheap, indexed first cut.
  const earliest = new Date(now.getTime() - RULES.representative.reminderWorkingDays * DAY_MS);
  const candidates = db
    .select({ linkId: representativeLinks.id, sentAt: representativeLinks.createdAt, slotId: slots.id, title: slots.title, companyId: slots.companyId, jobcentreId: slots.jobcentreId, repName: slots.repName, company: companies.name })
    .from(representativeLinks)
    .innerJoin(slots, eq(slots.id, representativeLinks.slotId))
    .innerJoin(companies, eq(companies.id, slots.companyId))
    .where(
      and(
        isNull(representativeLinks.remindedAt),
        lte(representativeLinks.createdAt, earliest),
        isNull(representativeLinks.usedAt),
        isNull(representativeLinks.revokedAt),
        eq(slots.status, "awaiting_representative"),
      ),
    )
    .all()
    .filter((c) => workingDaysSince(c.sentAt, now) >= RULES.representative.reminderWorkingDays);
  let reminded = 0;
  for (const c of candidates) {
    db.transaction((tx) => {
      const claimed = tx
        .update(representativeLinks)
        .set({ remindedAt: now })
        .where(and(eq(representativeLinks.id, c.linkId), isNull(representativeLinks.remindedAt)))
        .run();
      if (claimed.changes !== 1) return; // another process got there first
      const vars = { title: c.title, company: c.company, rep: c.repName ?? "", days: String(RULES.representative.reminderWorkingDays) };
      notifyCompanyHr(tx, c.companyId, { kind: "representativeOverdue", link: `/company/slots/${c.slotId}`, subjectKey: "mail.repOverdueHr.subject", bodyKey: "mail.repOverdueHr.body", vars }, now);
      notifyJobcentreStaff(tx, c.jobcentreId, { kind: "representativeOverdue", link: `/jobcentre/companies/${c.companyId}`, subjectKey: "mail.repOverdueJobcentre.subject", bodyKey: "mail.repOverdueJobcentre.body", vars }, now);
      recordAudit(tx, { now, actorLabel: "Fodfæste" }, "slot.representative_reminded", { type: "slot", id: c.slotId, companyId: c.companyId, jobcentreId: c.jobcentreId }, { title: c.title });
      reminded += 1;
    });
  }
  return { reminded };
}
