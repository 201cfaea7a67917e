import { sql } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
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
  insertAudit(db).run(auditValues(ctx, event, subject, details));
}

/** The row `recordAudit` appends, column by column (the plain insert's values; `details` as the JSON text it stores). */
function auditValues(ctx: AuditCtx, event: AuditEvent, subject: AuditSubject | null, details?: AuditDetails) {
  const actor = ctx.actor ?? null;
  return {
    at: ctx.now,
    event,
    actorUserId: actor?.userId ?? null,
    actorLabel: actor ? `${actor.name} <${actor.email}>` : (ctx.actorLabel ?? null),
    actorOrganisation: actor?.organisationName ?? null,
    jobcentreId: subject?.jobcentreId !== undefined ? subject.jobcentreId : (actor?.scopeJobcentreId ?? null),
    companyId: subject?.companyId !== undefined ? subject.companyId : (actor?.companyId ?? null),
    subjectType: subject?.type ?? null,
    subjectId: subject?.id ?? null,
    // The json column's encoder would write a missing value as the text "null"; the plain insert writes SQL NULL.
    details: details == null ? null : JSON.stringify(details),
    ip: ctx.ip ?? null,
  };
}

/*
 * The insert built once per connection (decision 069): drizzle built it anew on every row, and
 * HR's placement page writes one on every view (`candidate.viewed`, with its fsync, which stays).
 * `details` goes in as its JSON text through a bare placeholder, not the column's encoder.
 */
const p = (name: string) => sql.placeholder(name);
const insertAudit = preparedPerConnection((db) =>
  db
    .insert(auditLog)
    .values({
      at: p("at"),
      event: p("event"),
      actorUserId: p("actorUserId"),
      actorLabel: p("actorLabel"),
      actorOrganisation: p("actorOrganisation"),
      jobcentreId: p("jobcentreId"),
      companyId: p("companyId"),
      subjectType: p("subjectType"),
      subjectId: p("subjectId"),
      details: sql`${p("details")}`,
      ip: p("ip"),
    })
    .prepare(),
);
