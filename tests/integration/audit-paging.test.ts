/**
 * The audit log pages by keyset and counts only up to the export limit (issue 10): through the
 * page's loader as the browser asks for it (plain links, no JavaScript), and the CSV as before.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog } from "~/db/schema";
import { listAuditLog } from "~/domain/audit/queries.server";
import { EXPORT_MAX_ROWS } from "~/domain/pagination";
import { loader as auditPage } from "~/routes/jobcentre/audit";
import { loader as auditCsv } from "~/routes/csv/audit-log";
import { ctxFor, makeJobcentre, makeUser, sessionCookieFor } from "../factories";
import { call } from "../http";

type Admin = Awaited<ReturnType<typeof makeUser>>;
const START = Date.UTC(2026, 0, 1);

/** n rows at the jobcentre, one a minute, every fifth sharing its time with the one before. */
function fill(jobcentreId: number, n: number, event: "auth.login" | "user.invited" = "auth.login") {
  const rows = Array.from({ length: n }, (_, i) => ({ at: new Date(START + (i - (i % 5 === 4 ? 1 : 0)) * 60_000), event, jobcentreId, actorLabel: `row ${i}` }));
  for (let i = 0; i < rows.length; i += 500) getDb().insert(auditLog).values(rows.slice(i, i + 500)).run();
}

async function page(admin: Admin, search: string) {
  const result = await call(auditPage, { url: `/jobcentre/audit${search}`, cookie: sessionCookieFor(admin.id) });
  expect(result.status).toBe(200);
  return result.body as Awaited<ReturnType<typeof auditPage>>;
}

let small: Admin;
/** The rows making the jobcentre wrote (jobcentre.created), before the test's own. */
let made: number;
beforeAll(async () => {
  const jc = await makeJobcentre();
  small = jc.admin;
  made = listAuditLog(ctxFor(small), { pageSize: 1000 }).rows.length;
  fill(jc.id, 61);
  fill(jc.id, 3, "user.invited");
});

describe("audit log paging", () => {
  it("walks older from the newest page to the oldest and sees every row once, newest first", async () => {
    const ids: number[] = [];
    let data = await page(small, "");
    expect(data.result.links.newer).toBeNull();
    for (let guard = 0; guard < 10; guard++) {
      ids.push(...data.result.rows.map((r) => r.id));
      if (!data.result.links.older) break;
      data = await page(small, `?older=${data.result.links.older}`);
    }
    const all = listAuditLog(ctxFor(small), { pageSize: 1000 }).rows.map((r) => r.id);
    expect(all).toHaveLength(64 + made);
    expect(ids).toEqual(all);
    const oldest = await page(small, "?oldest=1");
    expect(oldest.result.rows.map((r) => r.id)).toEqual(all.slice(-oldest.result.rows.length));
    expect(oldest.result.links.older).toBeNull();
  });

  it("keeps the event filter while paging, and a tampered cursor shows the newest page", async () => {
    const invited = await page(small, "?event=user.invited");
    expect(invited.result.rows.map((r) => r.event)).toEqual(["user.invited", "user.invited", "user.invited"]);
    expect(invited.result.total).toBe(3);
    const tampered = await page(small, "?older=1;drop table audit_log");
    expect(tampered.result.rows[0]!.id).toBe((await page(small, "")).result.rows[0]!.id);
  });

  it("counts up to the export limit only: above it the page says more than, and the CSV asks for a filter as before", async () => {
    const jc = await makeJobcentre();
    const big = await makeUser("jobcentre_admin", { jobcentreId: jc.id });
    fill(jc.id, EXPORT_MAX_ROWS + 5);
    const data = await page(big, "");
    expect(data.result.total).toBe(EXPORT_MAX_ROWS + 1);
    expect((await call(auditCsv, { url: "/jobcentre/audit.csv", cookie: sessionCookieFor(big.id) })).status).toBe(413);
    const csv = await call(auditCsv, { url: "/jobcentre/audit.csv", cookie: sessionCookieFor(small.id) });
    expect(csv.status).toBe(200);
  });
});
