import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { clockOffsetDays, MAX_CLOCK_DAYS, testClockCookie } from "~/http/test-clock.server";

/**
 * The e2e server's clock (decision 031), FODFAESTE_MODE=test only; 404 in production, demo and
 * development. POST days=N moves "now" N days forward for this browser alone (a cookie);
 * days=0 puts it back. GET tells how far this browser's clock is moved.
 */
function onlyInTestMode(mode: string) {
  if (mode !== "test") throw new Response("Not Found", { status: 404 });
}

function jsonResponse(body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json; charset=utf-8", ...headers } });
}

export function loader({ request, context }: LoaderFunctionArgs) {
  onlyInTestMode(context.mode);
  return jsonResponse({ days: clockOffsetDays(request, context.mode) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  onlyInTestMode(context.mode);
  const raw = String((await request.formData()).get("days") ?? "").trim();
  if (!/^\d{1,3}$/.test(raw) || Number(raw) > MAX_CLOCK_DAYS) {
    return new Response(`days skal være et helt antal dage fra 0 til ${MAX_CLOCK_DAYS}.`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const days = Number(raw);
  return jsonResponse({ days }, { "Set-Cookie": testClockCookie(request, days) });
}
