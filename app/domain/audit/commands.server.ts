import type { DbOrTx } from "~/db/client.server";
import { auditLog } from "~/db/schema";
import type { Actor } from "../actor";
import type { AuditEvent } from "./events";

export interface AuditEntry {
  event: AuditEvent;
  at: Date;
  actor?: Actor | null;
  /** For anonymous events (a failed login) the label says who tried. */
  actorLabel?: string;
  jobcentreId: number | null;
  companyId?: number | null;
  subjectType?: string;
  subjectId?: number;
  details?: Record<string, string | number | boolean | null>;
  ip?: string;
}

export function audit(db: DbOrTx, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({
      at: entry.at,
      event: entry.event,
      actorUserId: entry.actor?.userId ?? null,
      actorLabel: entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : (entry.actorLabel ?? null),
      actorOrganisation: entry.actor?.organisationName ?? null,
      jobcentreId: entry.jobcentreId,
      companyId: entry.companyId ?? entry.actor?.companyId ?? null,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      details: entry.details ?? null,
      ip: entry.ip ?? null,
    })
    .run();
}
