import type BetterSqlite from "better-sqlite3";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getSignedIn, readSignedIn } from "~/auth/guards.server";
import { readCookie, SESSION_COOKIE } from "~/auth/cookie.server";
import { hashToken } from "~/auth/tokens.server";
import { getDb } from "~/db/client.server";
import { companies, sessions, users } from "~/db/schema";
import { testContext } from "../http";
import { makeWorld, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
});

const DAY = 24 * 60 * 60 * 1000;
const request = (cookie: string | undefined, method = "GET") =>
  new Request("https://fodfaeste.test/company", { method, headers: cookie ? { cookie } : {} });
/** The plain path, as every loader read it before decision 075: its own request, its own read. */
const plain = (cookie: string | undefined) => {
  const r = request(cookie);
  return readSignedIn(r, testContext(), readCookie(r, SESSION_COOKIE));
};
const client = () => (getDb() as unknown as { $client: BetterSqlite.Database }).$client;
const sessionOf = (cookie: string) => hashToken(cookie.slice(cookie.indexOf("=") + 1));

/** Every shape of cookie a page view can bring: each role, none, an unknown or expired one, a deactivated user, one due for renewal. */
function shapes(): [string, string | undefined][] {
  const list: [string, string | undefined][] = [
    ["anonymous", undefined],
    ["an unknown token", `${SESSION_COOKIE}=not-a-session`],
    ["another cookie only", "other=1"],
  ];
  for (const [name, user] of Object.entries({ hr: w.hr, mentor: w.mentor, consultant: w.consultant, admin: w.admin, hrOther: w.hrOther, adminOther: w.adminOther })) {
    list.push([name, sessionCookieFor(user.id)]);
  }
  const expired = sessionCookieFor(w.mentor.id);
  getDb().update(sessions).set({ expiresAt: new Date(Date.now() - DAY) }).where(eq(sessions.id, sessionOf(expired))).run();
  list.push(["an expired session", expired]);
  const renewing = sessionCookieFor(w.consultant.id);
  getDb().update(sessions).set({ expiresAt: new Date(Date.now() + 2 * DAY) }).where(eq(sessions.id, sessionOf(renewing))).run();
  list.push(["a session due for renewal", renewing]);
  return list;
}

describe("the signed-in person kept for the loaders of one page view (decision 075)", () => {
  it("answers for every loader of a view what the plain read answers, for every shape of cookie", () => {
    for (const [name, cookie] of shapes()) {
      const expected = plain(cookie);
      const context = testContext();
      // Remix hands the root's loader and the page's loader each a copy of the request.
      const first = getSignedIn({ request: request(cookie), context });
      const second = getSignedIn({ request: request(cookie), context });
      const third = getSignedIn({ request: request(cookie, "HEAD"), context });
      expect(first, name).toEqual(expected);
      expect(second, name).toEqual(expected);
      expect(third, name).toEqual(expected);
    }
  });

  it("renews a session due for renewal once per view, with one cookie", () => {
    const cookie = sessionCookieFor(w.hr.id);
    getDb().update(sessions).set({ expiresAt: new Date(Date.now() + DAY) }).where(eq(sessions.id, sessionOf(cookie))).run();
    const context = testContext();
    getSignedIn({ request: request(cookie), context });
    getSignedIn({ request: request(cookie), context });
    expect(context.setCookies).toHaveLength(1);
  });

  it("reads the session once for the loaders of one view, and again for another view", () => {
    const statement = Object.getPrototypeOf(client().prepare("select 1")) as BetterSqlite.Statement;
    const get = vi.spyOn(statement, "get");
    try {
      const cookie = sessionCookieFor(w.hr.id);
      const sessionReads = () => (get.mock.contexts as BetterSqlite.Statement[]).filter((s) => s.source.includes('from "sessions"')).length;
      const context = testContext();
      getSignedIn({ request: request(cookie), context });
      getSignedIn({ request: request(cookie), context });
      expect(sessionReads()).toBe(1);
      getSignedIn({ request: request(cookie), context: testContext() });
      expect(sessionReads()).toBe(2);
    } finally {
      get.mockRestore();
    }
  });

  it("does not answer for another cookie under the same context", () => {
    const context = testContext();
    const hr = sessionCookieFor(w.hr.id);
    const consultant = sessionCookieFor(w.consultant.id);
    expect(getSignedIn({ request: request(hr), context })?.actor.userId).toBe(w.hr.id);
    expect(getSignedIn({ request: request(consultant), context })).toEqual(plain(consultant));
    expect(getSignedIn({ request: request(undefined), context })).toBeNull();
  });

  it("reads anew after an action: the loaders see what the action changed (name, company status, signing out)", () => {
    const cookie = sessionCookieFor(w.hr.id);
    const context = testContext();
    expect(getSignedIn({ request: request(cookie), context })?.actor.name).toBe(w.hr.name);
    try {
      // The action (a POST) changes the person and the company, then the page's loaders run.
      getSignedIn({ request: request(cookie, "POST"), context });
      getDb().update(users).set({ name: "Nyt navn" }).where(eq(users.id, w.hr.id)).run();
      getDb().update(companies).set({ status: "pending" }).where(eq(companies.id, w.companyA.id)).run();
      const after = getSignedIn({ request: request(cookie), context });
      expect(after).toEqual(plain(cookie));
      expect(after?.actor.name).toBe("Nyt navn");
      expect(after?.actor.companyStatus).toBe("pending");
      // Signing out in an action: the loaders after it see nobody.
      getSignedIn({ request: request(cookie, "POST"), context });
      getDb().delete(sessions).where(eq(sessions.id, sessionOf(cookie))).run();
      expect(getSignedIn({ request: request(cookie), context })).toBeNull();
    } finally {
      getDb().update(users).set({ name: w.hr.name }).where(eq(users.id, w.hr.id)).run();
      getDb().update(companies).set({ status: w.companyA.status }).where(eq(companies.id, w.companyA.id)).run();
    }
  });
});
