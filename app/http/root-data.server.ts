import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSignedIn } from "~/auth/guards.server";
import { getDb } from "~/db/client.server";
import { navFor } from "./navigation";
import { unreadCount } from "~/domain/notifications/queries.server";
import { workCounts } from "~/domain/jobcentres/work.server";
import { localeFromRequest } from "~/i18n/locale.server";
import { messagesTextForPath } from "~/i18n/messages.server";
import { hasDevTools } from "./context";

/**
 * What every page needs: the language, and for a signed-in person their name, menu and unread
 * count. Runs on every page view, so a visitor costs no query beyond the session cookie and a
 * signed-in person one indexed count (tests/integration/header-count.test.ts).
 */
export function rootData(args: LoaderFunctionArgs) {
  const signedIn = getSignedIn(args);
  const actor = signedIn?.actor;
  const locale = localeFromRequest(args.request);
  return {
    locale,
    // The messages this page writes, in the user's language only (decision 043); the browser
    // bundle carries no catalogue. As JSON text, made once per page (decision 063).
    messages: messagesTextForPath(locale, new URL(args.request.url).pathname),
    devTools: hasDevTools(args.context.mode),
    user: actor
      ? {
          name: actor.name,
          role: actor.role,
          organisationName: actor.organisationName,
          companyStatus: actor.companyStatus,
          nav: navFor(actor.role),
          unread: unreadCount(getDb(), actor.userId),
          // What waits for the jobcentre's staff, on the menu (two indexed counts).
          navCounts: actor.jobcentreId != null && (actor.role === "consultant" || actor.role === "jobcentre_admin") ? workCounts(getDb(), actor.jobcentreId) : null,
        }
      : null,
  };
}
