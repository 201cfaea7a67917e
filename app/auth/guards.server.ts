import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db/client.server";
import type { Actor, AnonCtx, Ctx } from "~/domain/actor";
import type { Role } from "~/domain/users/schema";
import { readCookie, SESSION_COOKIE, sessionCookie } from "./cookie.server";
import { actorFor } from "./current-user.server";
import { validateSessionToken } from "./session.server";
import { requestNow } from "~/http/test-clock.server";

type Args = Pick<LoaderFunctionArgs, "request" | "context">;

export interface SignedIn {
  actor: Actor;
  sessionId: string;
  locale: "da" | "en";
}

const cache = new WeakMap<Request, SignedIn | null>();
/**
 * The same, kept on the request's load context for the loaders of one page view (decision
 * 075): Remix gives each loader its own copy of the request, so the cache above alone had the
 * root's loader and the page's loader each read the session and the organisation again. Kept
 * only for reading requests (GET, HEAD) under the same cookie; an action drops it, so the
 * loaders that run after an action read the session as the action left it.
 */
const perView = new WeakMap<object, { token: string | null; result: SignedIn | null }>();

/** The signed-in user, or null. Renews the cookie when the sliding expiry moved. */
export function getSignedIn({ request, context }: Args): SignedIn | null {
  if (cache.has(request)) return cache.get(request)!;
  const token = readCookie(request, SESSION_COOKIE);
  const reading = request.method === "GET" || request.method === "HEAD";
  if (context != null) {
    const kept = reading ? perView.get(context) : undefined;
    if (kept && kept.token === token) {
      cache.set(request, kept.result);
      return kept.result;
    }
    if (!reading) perView.delete(context);
  }
  const result = readSignedIn(request, context, token);
  cache.set(request, result);
  if (reading && context != null) perView.set(context, { token, result });
  return result;
}

/** The plain path: the session behind the cookie and its user's organisation, read now. */
export function readSignedIn(request: Request, context: Args["context"], token: string | null): SignedIn | null {
  let result: SignedIn | null = null;
  if (token) {
    const db = getDb();
    const session = validateSessionToken(db, token, new Date());
    if (session) {
      if (session.renewed) context.setCookies.push(sessionCookie(request, token, session.expiresAt));
      result = { actor: actorFor(db, session.user), sessionId: session.sessionId, locale: session.user.locale };
    }
  }
  return result;
}

export function requireSignedIn(args: Args): SignedIn {
  const signedIn = getSignedIn(args);
  if (!signedIn) {
    const url = new URL(args.request.url);
    const back = url.pathname + url.search;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return signedIn;
}

export function forbiddenResponse(): Response {
  return new Response("Forbidden", { status: 403 });
}

export function notFoundResponse(): Response {
  return new Response("Not Found", { status: 404 });
}

/**
 * The guard every protected loader and action calls first: signed in (else 302 to login)
 * and one of the given roles (else 403). Returns the use-case context.
 */
export function requireRole(args: Args, roles: readonly Role[]): Ctx & { sessionId: string } {
  const { actor, sessionId } = requireSignedIn(args);
  if (!roles.includes(actor.role)) throw forbiddenResponse();
  return { db: getDb(), actor, now: requestNow(args.request, args.context?.mode), ip: args.context.clientIp, sessionId };
}

export const COMPANY_STAFF = ["company_admin", "mentor"] as const;
export const JOBCENTRE_STAFF = ["consultant", "jobcentre_admin"] as const;

/** The use-case context for pages anyone may use (sign-up, login, links from e-mails). */
export function anonContext(args: Args): AnonCtx {
  return { db: getDb(), now: requestNow(args.request, args.context?.mode), ip: args.context.clientIp };
}
