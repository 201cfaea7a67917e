import type BetterSqlite from "better-sqlite3";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "~/db/client.server";
import { notifyUser } from "~/domain/notifications/commands.server";
import { markAllNotificationsRead } from "~/domain/notifications/commands.server";
import { unreadCountQuery } from "~/domain/notifications/queries.server";
import { call, testContext } from "../http";
import { ctxFor, makeWorld, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
});

/** The better-sqlite3 connection under drizzle, to see the SQL that is sent. */
const client = () => (getDb() as unknown as { $client: BetterSqlite.Database }).$client;

/**
 * Runs the root loader's data (every page view) and records the SQL it ran that reads
 * notifications: every statement run, whether compiled now or kept from before (decision 048).
 */
async function rootLoader(cookie?: string) {
  const { rootData } = await import("~/http/root-data.server");
  const statement = Object.getPrototypeOf(client().prepare("select 1")) as BetterSqlite.Statement;
  const runs = (["get", "all", "run", "iterate"] as const).map((method) => vi.spyOn(statement, method));
  try {
    const result = await call(rootData as Parameters<typeof call>[0], { url: "/", cookie, context: testContext() });
    const statements = runs
      .flatMap((spy) => spy.mock.contexts as BetterSqlite.Statement[])
      .map((run) => run.source)
      .filter((text) => text.includes('"notifications"'));
    return { body: result.body as { user: { unread: number } | null }, statements };
  } finally {
    for (const spy of runs) spy.mockRestore();
  }
}

describe("the header's unread count", () => {
  it("is not counted for visitors, and counted with one query for a signed-in person", async () => {
    const anonymous = await rootLoader();
    expect(anonymous.body.user).toBeNull();
    expect(anonymous.statements).toEqual([]);
    const signedIn = await rootLoader(sessionCookieFor(w.hr.id));
    expect(signedIn.statements).toHaveLength(1);
    // Again, with every query kept from the first view: still one.
    expect((await rootLoader(sessionCookieFor(w.hr.id))).statements).toHaveLength(1);
  });

  it("is one search of the covering index, never a scan of the notifications table", () => {
    const { sql, params } = unreadCountQuery(getDb(), w.hr.id).toSQL();
    const plan = client()
      .prepare(`explain query plan ${sql}`)
      .all(...params) as { detail: string }[];
    expect(plan.map((p) => p.detail)).toEqual(["SEARCH notifications USING COVERING INDEX notifications_user_read_idx (user_id=? AND read_at=?)"]);
  });

  it("shows the person's own unread notifications, and none once they are read", async () => {
    const cookie = sessionCookieFor(w.mentor.id);
    const before = (await rootLoader(cookie)).body.user!.unread;
    for (const n of [1, 2]) notifyUser(getDb(), w.mentor, { kind: "proposalForCompany", subjectKey: "mail.proposalNew.subject", bodyKey: "mail.proposalNew.body", vars: { title: `Plads ${n}`, jobcentre: "Jobcenter" }, link: "/company/proposals" }, new Date());
    notifyUser(getDb(), w.hr, { kind: "proposalForCompany", subjectKey: "mail.proposalNew.subject", bodyKey: "mail.proposalNew.body", vars: { title: "Andens", jobcentre: "Jobcenter" }, link: "/company/proposals" }, new Date());
    expect((await rootLoader(cookie)).body.user!.unread).toBe(before + 2);
    markAllNotificationsRead(ctxFor(w.mentor));
    expect((await rootLoader(cookie)).body.user!.unread).toBe(0);
  });
});
