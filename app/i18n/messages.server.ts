import PAGE_KEYS from "virtual:page-keys";
import { CATALOGUES, type MessageKey } from "./catalogue";
import type { Locale } from "./locales";
import type { Message } from "./message";

type Messages = Partial<Record<MessageKey, Message>>;

const ROUTES = PAGE_KEYS.routes.map(([pattern, keys]) => ({ pattern: new RegExp(pattern), keys: keys as MessageKey[] }));
const LAYOUT = PAGE_KEYS.layout as MessageKey[];

/**
 * One entry per language and set of matching routes: as many as the portal has pages, made once.
 * The page's data serialises the same object on every view.
 */
const cache = new Map<string, Messages>();

/**
 * The messages the page at this address writes, in one language: the layout's keys and the keys
 * of every route the address matches (the build's scan, key-usage.ts). What the browser needs
 * to render the page after it has loaded; the server renders with the whole catalogue.
 */
export function messagesForPath(locale: Locale, pathname: string): Messages {
  const matched: number[] = [];
  ROUTES.forEach((route, i) => {
    if (route.pattern.test(pathname)) matched.push(i);
  });
  const id = `${locale} ${matched.join(",")}`;
  let messages = cache.get(id);
  if (!messages) {
    const catalogue = CATALOGUES[locale];
    messages = {};
    for (const key of LAYOUT) messages[key] = catalogue[key];
    for (const i of matched) for (const key of ROUTES[i]!.keys) messages[key] = catalogue[key];
    cache.set(id, messages);
  }
  return messages;
}
