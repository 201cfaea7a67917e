import PAGE_KEYS from "virtual:page-keys";
import { CATALOGUES, type MessageKey } from "./catalogue";
import type { Locale } from "./locales";
import type { Message } from "./message";

type Messages = Partial<Record<MessageKey, Message>>;

const ROUTES = PAGE_KEYS.routes.map(([pattern, keys]) => ({ pattern: new RegExp(pattern), keys: keys as MessageKey[] }));
const LAYOUT = PAGE_KEYS.layout as MessageKey[];

/**
 * One entry per language and set of matching routes: as many as the portal has pages, made once.
 * The page's data carries the same text on every view.
 */
const cache = new Map<string, { messages: Messages; text: string }>();

/**
 * The messages the page at this address writes, in one language: the layout's keys and the keys
 * of every route the address matches (the build's scan, key-usage.ts). What the browser needs
 * to render the page after it has loaded; the server renders with the whole catalogue.
 */
export function messagesForPath(locale: Locale, pathname: string): Messages {
  return entryFor(locale, pathname).messages;
}

/**
 * The same messages as JSON text, as the root loader sends them (decision 063): the page data's
 * encoder (turbo-stream) took every key and message apart on every view (0.1–1 ms a page,
 * more the more messages a page writes); one string made once costs it one escape.
 */
export function messagesTextForPath(locale: Locale, pathname: string): string {
  return entryFor(locale, pathname).text;
}

function entryFor(locale: Locale, pathname: string) {
  const matched: number[] = [];
  ROUTES.forEach((route, i) => {
    if (route.pattern.test(pathname)) matched.push(i);
  });
  const id = `${locale} ${matched.join(",")}`;
  let entry = cache.get(id);
  if (!entry) {
    const catalogue = CATALOGUES[locale];
    const messages: Messages = {};
    for (const key of LAYOUT) messages[key] = catalogue[key];
    for (const i of matched) for (const key of ROUTES[i]!.keys) messages[key] = catalogue[key];
    entry = { messages, text: JSON.stringify(messages) };
    cache.set(id, entry);
  }
  return entry;
}
