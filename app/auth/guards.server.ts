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

/** The signed-in user, or null. Renews the cookie when the sliding expiry moved. */
export function getSignedIn({ request, context }: Args): SignedIn | null {
  if (cache.has(request)) return cache.get(request)!;
  let result: SignedIn | null = null;
  const token = readCookie(request, SESSION_COOKIE);
  if (token) {
    const db = getDb();
    const session = validateSessionToken(db, token, new Date());
    if (session) {
      if (session.renewed) context.setCookies.push(sessionCookie(request, token, session.expiresAt));
      result = { actor: actorFor(db, session.user), sessionId: session.sessionId, locale: session.user.locale };
    }
  }
  cache.set(request, result);
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
