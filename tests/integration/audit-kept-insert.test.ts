/**
 * `recordAudit` appends through an insert kept per connection (decision 069) and writes the row
 * the insert built on every call wrote: that code is written here as the reference, and both
 * write the same audit events, for every kind of actor (HR, the consultant, none with a label,
 * none at all), subject (none, with and without an id, with its own jobcentre and company, with
 * them null), details (none, null, empty, every kind of value, text with quotes and æøå) and ip,
 * on the connection and inside a transaction; the rows are read back column by column and as
 * SQLite stores them (types included: NULL is not the text "null").
 */
import { beforeAll, describe, expect, it } from "vitest";
import { gt, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "~/db/client.server";
import { auditLog } from "~/db/schema";
import type { AuditEvent } from "~/domain/audit/events";
import { recordAudit, type AuditCtx, type AuditDetails, type AuditSubject } from "~/domain/shared/audit.server";
import { ctxFor, makeWorld } from "../factories";

/** `recordAudit` as it was: the insert built by drizzle on every call. */
function reference(db: DbOrTx, ctx: AuditCtx, event: AuditEvent, subject: AuditSubject | null, details?: AuditDetails): void {
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

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

/** The rows after `afterId` as drizzle reads them and as SQLite stores them (value and type of each column), without the id. */
function rowsAfter(afterId: number) {
  const db = getDb();
  const read = db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(auditLog.id).all().map(({ id: _id, ...r }) => r);
  const raw = db.all(
    sql`select at, typeof(at) as tat, event, actor_user_id, typeof(actor_user_id) as tu, actor_label, actor_organisation, jobcentre_id, typeof(jobcentre_id) as tj, company_id, typeof(company_id) as tc, subject_type, subject_id, typeof(subject_id) as ts, details, typeof(details) as td, ip, typeof(ip) as ti from audit_log where id > ${afterId} order by id`,
  );
  return { read, raw };
}
const lastId = () => getDb().get<{ n: number }>(sql`select coalesce(max(id), 0) as n from audit_log`).n;

describe("recordAudit through the kept insert", () => {
  it("writes the rows the insert built per call wrote, for every shape of actor, subject, details and ip", () => {
    const hr = ctxFor(w.hr), consultant = ctxFor(w.consultant);
    const at = new Date(Date.UTC(2026, 11, 3, 9, 30, 12, 345));
    const ctxs: AuditCtx[] = [
      { ...hr, now: at },
      { ...consultant, now: new Date(at.getTime() + 1) },
      { now: at, actorLabel: "ukendt@example.dk" },
      { now: at, ip: "10.0.0.1", actor: null },
      { now: at },
      { ...hr, now: at, ip: undefined },
    ];
    const subjects: (AuditSubject | null)[] = [
      null,
      { type: "candidate", id: 7, jobcentreId: w.jc.id, companyId: w.companyA.id },
      { type: "placement", id: 9 },
      { type: "company", id: null, jobcentreId: null, companyId: null },
      { type: "user", companyId: w.companyB.id },
      { type: "jobcentre", jobcentreId: w.otherJc.id },
    ];
    const detailsList: (AuditDetails | undefined | null)[] = [undefined, null, {}, { via: "placement", placementId: 12 }, { ok: true, no: false, none: null, n: 1.5, neg: -3 }, { text: 'sagde "hej" – æøå ÆØÅ \\ ; \n ny linje' }];
    const events: AuditEvent[] = ["candidate.viewed", "user.invited", "placement.started"];
    let i = 0;
    const shapes: [AuditCtx, AuditSubject | null, AuditDetails | undefined, AuditEvent][] = [];
    for (const ctx of ctxs) for (const subject of subjects) for (const details of detailsList) shapes.push([ctx, subject, details as AuditDetails | undefined, events[i++ % events.length]!]);
    expect(shapes.length).toBe(216);
    const db = getDb();
    const check = (write: (db: DbOrTx) => void) => {
      let start = lastId();
      write(db);
      const plain = rowsAfter(start);
      start = lastId();
      db.transaction((tx) => {
        write(tx);
      });
      const inTx = rowsAfter(start);
      return { plain, inTx };
    };
    for (const [ctx, subject, details, event] of shapes) {
      const before = check((d) => reference(d, ctx, event, subject, details));
      const kept = check((d) => recordAudit(d, ctx, event, subject, details));
      expect(kept).toEqual(before);
      expect(kept.plain.read).toHaveLength(1);
    }
  });
});
