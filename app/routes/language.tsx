import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { getSignedIn, anonContext } from "~/auth/guards.server";
import { safeRedirect } from "~/http/navigation";
import { setOwnLocale } from "~/domain/users/commands.server";
import { localeCookie } from "~/i18n/locale.server";
import { isLocale } from "~/i18n/locales";

export function loader() {
  throw redirect("/");
}

/** Remembers the language in a cookie, and on the account so e-mails follow it too. */
export async function action(args: ActionFunctionArgs) {
  const formData = await readFormData(args.request);
  const locale = formData.get("locale");
  const back = safeRedirect(formData.get("redirectTo"), "/");
  if (!isLocale(locale)) throw new Response("Bad Request", { status: 400 });
  const signedIn = getSignedIn(args);
  if (signedIn) setOwnLocale({ ...anonContext(args), actor: signedIn.actor }, locale);
  return redirect(back, { headers: { "Set-Cookie": localeCookie(locale) } });
}
