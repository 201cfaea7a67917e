/**
 * The audit log's page through queries kept per shape of filters and page request (decision
 * 063) answers as the queries built per call did: the code before is written here as the
 * reference, and both are asked for every combination of filters, page requests with cursors
 * and page sizes, in an order that reuses each kept shape with other values.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { auditLog } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { listAuditLog, type AuditLogFilters } from "~/domain/audit/queries.server";
import { addDays } from "~/domain/candidates/consent";
import { keysetPage, readsAscending, type KeysetRequest } from "~/domain/keyset";
import { EXPORT_MAX_ROWS } from "~/domain/pagination";
import { copenhagenMidnight } from "~/domain/shared/working-days";
import { ctxFor, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const START = Date.UTC(2026, 2, 1, 9);
const HOUR = 3_600_000;

/** `listAuditLog` as it was: its queries built on every call. */
function reference(ctx: Ctx, input: { page?: KeysetRequest; pageSize?: number } & AuditLogFilters) {
  const size = input.pageSize ?? 25;
  const request = input.page ?? { kind: "newest" };
  const filters: SQL[] = [eq(auditLog.jobcentreId, ctx.actor.jobcentreId!)];
  if (input.event) filters.push(eq(auditLog.event, input.event));
  if (input.companyIds) filters.push(input.companyIds.length ? inArray(auditLog.companyId, input.companyIds) : sql`0`);
  if (input.userIds) filters.push(input.userIds.length ? inArray(auditLog.actorUserId, input.userIds) : sql`0`);
  if (input.from) filters.push(gte(auditLog.at, copenhagenMidnight(input.from)));
  if (input.to) filters.push(lt(auditLog.at, copenhagenMidnight(addDays(input.to, 1))));
  const capped = ctx.db.select({ one: sql`1` }).from(auditLog).where(and(...filters)).limit(EXPORT_MAX_ROWS + 1).as("capped");
  const total = ctx.db.select({ n: count() }).from(capped).get()?.n ?? 0;
  if (request.kind === "older" || request.kind === "newer") {
    const { at, id } = request.than;
    filters.push(request.kind === "older" ? sql`(${auditLog.at}, ${auditLog.id}) < (${at}, ${id})` : sql`(${auditLog.at}, ${auditLog.id}) > (${at}, ${id})`);
  }
  const order = readsAscending(request) ? [asc(auditLog.at), asc(auditLog.id)] : [desc(auditLog.at), desc(auditLog.id)];
  const fetched = ctx.db.select().from(auditLog).where(and(...filters)).orderBy(...order).limit(size + 1).all();
  return { ...keysetPage(fetched, size, request), total };
}

beforeAll(async () => {
  w = await makeWorld();
  const actors = [w.admin.id, w.consultant.id, w.hr.id, null];
  const companies = [w.companyA.id, w.companyB.id, null];
  const events = ["auth.login", "user.invited", "company.verified"] as const;
  // 120 rows over ten days at both jobcentres, every fourth sharing its time with the one before.
  const rows = Array.from({ length: 120 }, (_, i) => ({
    at: new Date(START + (i - (i % 4 === 3 ? 1 : 0)) * 2 * HOUR),
    event: events[i % 3]!,
    jobcentreId: i % 7 === 0 ? w.otherJc.id : w.jc.id,
    actorUserId: actors[i % 4],
    companyId: companies[i % 5 % 3],
    actorLabel: `row ${i}`,
  }));
  getDb().insert(auditLog).values(rows).run();
});

describe("the audit log's kept queries", () => {
  it("answer as the queries built per call, for every shape of filters and page", () => {
    const ctx = ctxFor(w.admin);
    const all = reference(ctx, { pageSize: 1000 }).rows;
    const cursors = [all[3]!, all[40]!, all[all.length - 2]!].map((r) => ({ at: r.at.getTime(), id: r.id }));
    const requests: KeysetRequest[] = [{ kind: "newest" }, { kind: "oldest" }, ...cursors.flatMap((than) => [{ kind: "older" as const, than }, { kind: "newer" as const, than }])];
    const filterSets: AuditLogFilters[] = [
      {},
      { event: "user.invited" },
      { event: "auth.login" },
      { companyIds: [w.companyA.id] },
      { companyIds: [w.companyB.id, w.companyA.id] },
      { companyIds: [] },
      { userIds: [w.consultant.id] },
      { userIds: [w.hr.id, w.admin.id] },
      { userIds: [] },
      { from: "2026-03-03" },
      { to: "2026-03-04" },
      { from: "2026-03-02", to: "2026-03-05", event: "company.verified", userIds: [w.admin.id, w.hr.id], companyIds: [w.companyA.id] },
    ];
    let seen = 0;
    for (const pageSize of [5, 25]) {
      for (const filters of filterSets) {
        for (const page of requests) {
          const expected = reference(ctx, { ...filters, page, pageSize });
          expect(listAuditLog(ctx, { ...filters, page, pageSize }), JSON.stringify({ filters, page, pageSize })).toEqual(expected);
          seen += expected.rows.length;
        }
      }
    }
    expect(seen).toBeGreaterThan(500);
    // The other jobcentre's admin, through the same kept shapes.
    const other = ctxFor(w.adminOther);
    expect(listAuditLog(other, { pageSize: 1000 })).toEqual(reference(other, { pageSize: 1000 }));
    expect(listAuditLog(other, { pageSize: 1000 }).rows.length).toBeGreaterThan(10);
  });
});
