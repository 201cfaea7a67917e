import type { DbOrTx } from "~/db/client.server";
import { auditLog } from "~/db/schema";
import type { Actor } from "../actor";
import type { AuditEvent } from "../audit/events";

/** What the audit row is about, and whose log it belongs to when that is not the actor's. */
export interface AuditSubject {
  type: string;
  id?: number | null;
  /** Defaults to the actor's company. */
  companyId?: number | null;
  /** Defaults to the jobcentre the actor falls under. */
  jobcentreId?: number | null;
}

/** The part of a use-case context the log needs; anonymous events name who tried instead. */
export interface AuditCtx {
  now: Date;
  ip?: string;
  actor?: Actor | null;
  actorLabel?: string;
}

export type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * Appends one row to the audit log, inside the caller's transaction so it commits (or rolls
 * back) with the change it describes. Scope columns say whose log the row belongs to.
 */
export function recordAudit(db: DbOrTx, ctx: AuditCtx, event: AuditEvent, subject: AuditSubject | null, details?: AuditDetails): void {
  const actor = ctx.actor ?? null;
  db.insert(auditLog)
    .values({
      at: ctx.now,
      event,
      actorUserId: actor?.userId ?? null,
      actorLabel: actor ? `${actor.name} <${actor.email}>` : (ctx.actorLabel ?? null),
      actorOrganisation: actor?.organisationName ?? null,
      jobcentreId: subject?.jobcentreId !== undefined ? subject.jobcentreId : (actor?.scopeJobcentreId ?? null),
      companyId: subject?.companyId !== undefined ? subject.companyId : (actor?.companyId ?? null),
      subjectType: subject?.type ?? null,
      subjectId: subject?.id ?? null,
      details: details ?? null,
      ip: ctx.ip ?? null,
    })
    .run();
}
