import { AREAS, AREA_NAMES, type Area, type MessageKey } from "./catalogue";
import type { Locale } from "./locales";
import type { Message } from "./message";
import { isLayoutKey } from "./page-areas";

/** The messages of these areas in one language, and the layout's keys: what the browser needs to render the page. */
export function messagesFor(locale: Locale, areas: readonly Area[]): Partial<Record<MessageKey, Message>> {
  const messages: Partial<Record<MessageKey, Message>> = Object.assign({}, ...areas.map((a) => AREAS[a][locale]));
  for (const area of AREA_NAMES) {
    if (areas.includes(area)) continue;
    for (const [key, message] of Object.entries(AREAS[area][locale]) as [MessageKey, Message][]) {
      if (isLayoutKey(key)) messages[key] = message;
    }
  }
  return messages;
}
