/**
 * The e2e server's movable clock (decision 031): only in test mode, only for the browser
 * that moved it (a cookie), and never for the session's own expiry.
 */
import { describe, expect, it } from "vitest";
import { requireRole } from "~/auth/guards.server";
import { requestNow, TEST_CLOCK_COOKIE } from "~/http/test-clock.server";
import { makeWorld, sessionCookieFor } from "../factories";
import { call, testContext } from "../http";

const DAY = 24 * 60 * 60 * 1000;
const withClock = (days: string, cookie = "") => new Request("http://localhost/jobcentre", { headers: { Cookie: `${cookie}${cookie ? "; " : ""}${TEST_CLOCK_COOKIE}=${days}` } });

describe("requestNow", () => {
  const real = new Date("2026-12-02T10:00:00Z");
  it("moves the clock by the browser's days in test mode", () => {
    expect(requestNow(withClock("93"), "test", real).getTime() - real.getTime()).toBe(93 * DAY);
  });
  it.each(["production", "demo", "development"] as const)("ignores the cookie in %s mode", (mode) => {
    expect(requestNow(withClock("93"), mode, real)).toEqual(real);
  });
  it("ignores a malformed or backwards offset, and caps a huge one", () => {
    for (const bad of ["-5", "abc", "1e3", "93.5", ""]) expect(requestNow(withClock(bad), "test", real)).toEqual(real);
    expect(requestNow(withClock("999"), "test", real).getTime() - real.getTime()).toBe(550 * DAY);
  });
  it("without the cookie the real clock", () => {
    expect(requestNow(new Request("http://localhost/"), "test", real)).toEqual(real);
  });
});

describe("a signed-in request", () => {
  it("gets the moved clock only in test mode, while the session itself stays valid", async () => {
    const w = await makeWorld();
    const request = withClock("93", sessionCookieFor(w.consultant.id));
    const before = Date.now();
    const moved = requireRole({ request, context: testContext() }, ["consultant"]).now.getTime();
    expect(moved - before).toBeGreaterThanOrEqual(93 * DAY - 1000);
    const real = requireRole({ request, context: testContext({ mode: "production" }) }, ["consultant"]).now.getTime();
    expect(Math.abs(real - Date.now())).toBeLessThan(5000);
  });
});

describe("/dev/clock", () => {
  it("sets the offset for the asking browser, clears it with 0, and refuses nonsense without a cookie", async () => {
    const mod = await import("~/routes/dev-clock");
    const handler = mod.action as Parameters<typeof call>[0];
    const set = await call(handler, { url: "/dev/clock", form: { days: "93" } });
    expect(set.headers?.get("Set-Cookie")).toMatch(new RegExp(`^${TEST_CLOCK_COOKIE}=93;.*HttpOnly`));
    const cleared = await call(handler, { url: "/dev/clock", form: { days: "0" } });
    expect(cleared.headers?.get("Set-Cookie")).toMatch(/Max-Age=0/);
    for (const days of ["-1", "x", "551", ""]) {
      const refused = await call(handler, { url: "/dev/clock", form: { days } });
      expect(refused.status).toBe(400);
      expect(refused.headers?.get("Set-Cookie") ?? null).toBeNull();
    }
  });
});
