import { isSecureRequest, readCookie } from "~/auth/cookie.server";
import type { Mode } from "./context";

/**
 * The e2e server's movable clock (decision 031). Only when FODFAESTE_MODE=test may a browser
 * move "now" forward, and only for itself: the offset lives in a cookie of that browser, so
 * specs running in parallel against the same server keep the real clock. In every other mode
 * the cookie is ignored and /dev/clock does not exist.
 */
export const TEST_CLOCK_COOKIE = "fodfaeste_test_clock";
/** At most about a year and a half forward; a clock never moves back. */
export const MAX_CLOCK_DAYS = 550;
const DAY_MS = 24 * 60 * 60 * 1000;

export function clockOffsetDays(request: Request, mode: Mode | undefined): number {
  if (mode !== "test") return 0;
  const raw = readCookie(request, TEST_CLOCK_COOKIE);
  if (!raw || !/^\d{1,3}$/.test(raw)) return 0;
  return Math.min(Number(raw), MAX_CLOCK_DAYS);
}

/** The request's "now": the real clock, moved by this browser's offset in test mode only. */
export function requestNow(request: Request, mode: Mode | undefined, real: Date = new Date()): Date {
  const days = clockOffsetDays(request, mode);
  return days === 0 ? real : new Date(real.getTime() + days * DAY_MS);
}

/** Sets (days > 0) or clears (0) the offset for the browser that asked. */
export function testClockCookie(request: Request, days: number): string {
  const attrs = days > 0 ? [`${TEST_CLOCK_COOKIE}=${days}`] : [`${TEST_CLOCK_COOKIE}=`, "Max-Age=0"];
  attrs.push("HttpOnly", "SameSite=Lax", "Path=/");
  if (isSecureRequest(request)) attrs.push("Secure");
  return attrs.join("; ");
}
