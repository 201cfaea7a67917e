import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { clearSessionCookie } from "~/auth/cookie.server";
import { requireRole } from "~/auth/guards.server";
import { logout } from "~/domain/auth/commands.server";
import { ROLES } from "~/domain/users/schema";

export function loader() {
  // Logging out changes state, so only POST does it.
  throw redirect("/");
}

export function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ROLES);
  logout(ctx, ctx.sessionId);
  return redirect("/login", { headers: { "Set-Cookie": clearSessionCookie(args.request) } });
}
