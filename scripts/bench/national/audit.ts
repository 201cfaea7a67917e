import { auditLog } from "~/db/schema";
import type { AuditEvent } from "~/domain/audit/events";
import { inserter } from "./bulk-insert";
import { count, DAY, type Stage } from "./generation";
import { portion } from "./sizes";

/** What a jobcentre's log is mostly made of; company events name the company too. */
const EVENTS: { event: AuditEvent; weight: number; company: boolean; subject?: string }[] = [
  { event: "auth.login", weight: 40, company: true },
  { event: "auth.logout", weight: 10, company: true },
  { event: "candidate.viewed", weight: 15, company: false, subject: "candidate" },
  { event: "slot.updated", weight: 8, company: true, subject: "slot" },
  { event: "task.updated", weight: 8, company: true, subject: "task" },
  { event: "slot.submit", weight: 4, company: true, subject: "slot" },
  { event: "slot.approve", weight: 4, company: true, subject: "slot" },
  { event: "proposal.proposed", weight: 3, company: true, subject: "proposal" },
  { event: "list.exported", weight: 2, company: false },
  { event: "user.invited", weight: 2, company: true },
  { event: "company.verified", weight: 1, company: true, subject: "company" },
  { event: "auth.login_failed", weight: 3, company: false },
];
const CYCLE = EVENTS.flatMap((e) => Array<(typeof EVENTS)[number]>(e.weight).fill(e));

/** The audit log: each jobcentre's share of rows, spread evenly over the last two years, oldest first. */
export const auditRows: Stage = {
  name: "audit log",
  run(g) {
    const add = inserter(g.sqlite, auditLog);
    const span = 730 * DAY;
    const byJobcentre = new Map<number, typeof g.companies>();
    for (const c of g.companies) {
      const list = byJobcentre.get(c.jobcentreId) ?? [];
      list.push(c);
      byJobcentre.set(c.jobcentreId, list);
    }
    g.jobcentres.forEach((jc, j) => {
      const rows = portion(g.sizes.auditRows, g.jobcentres.length, j, g.sizes.bigCityAudit);
      const companies = byJobcentre.get(jc.id) ?? [];
      const open = g.openSlots.get(jc.id) ?? [];
      const people = g.consentedCandidates.get(jc.id) ?? [];
      // The subject is a real row of this jobcentre where one exists, so "who has seen this" finds it.
      const subjectId = (subject: string | undefined, companyId: number | undefined): number | null => {
        if (subject === "candidate" && people.length) return g.rng.pick(people);
        if (subject === "slot" && open.length) return g.rng.pick(open).id;
        if (subject === "company" && companyId) return companyId;
        return null;
      };
      for (let k = 0; k < rows; k++) {
        const e = CYCLE[g.rng.int(0, CYCLE.length - 1)]!;
        const company = e.company && companies.length ? g.rng.pick(companies) : null;
        const actorUserId = company ? company.hrId : g.rng.pick(jc.consultantIds);
        add({
          at: new Date(g.now.getTime() - span + Math.floor(((k + 0.5) * span) / rows)),
          event: e.event,
          actorUserId,
          actorLabel: company ? `HR (${company.id})` : "Konsulent",
          actorOrganisation: company ? `Virksomhed ${company.id}` : `Jobcenter ${j + 1}`,
          jobcentreId: jc.id,
          companyId: company?.id ?? null,
          ...(() => {
            const id = subjectId(e.subject, company?.id);
            return { subjectType: id === null ? null : e.subject!, subjectId: id };
          })(),
          ip: `10.${j % 256}.${k % 256}.${g.rng.int(1, 254)}`,
        });
      }
      count(g, "audit_log", rows);
    });
  },
};
