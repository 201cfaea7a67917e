import type { Locale } from "~/i18n/locales";
import { isMessageKey, storedVarText, translate, type StoredVar } from "~/i18n/translate";

/**
 * A notification's title in the reader's language. The title is the key of its e-mail's subject,
 * stored with the notification, and its variables may themselves be keys or calendar days. The
 * notifications page writes it on the server, so the page's messages need not carry every
 * subject of every area (decision 043). A key this version does not know is shown as it is.
 */
export function notificationTitle(locale: Locale, titleKey: string, vars: Record<string, StoredVar>): string {
  if (!isMessageKey(titleKey)) return titleKey;
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(vars)) plain[name] = storedVarText(locale, value) ?? "";
  const title = translate(locale, titleKey, plain);
  // Subjects are fixed text (no user input in e-mail subjects); the portal may name the thing.
  const about = plain.title || plain.company;
  return about ? `${title}: ${about}` : title;
}
