/**
 * The catalogue as the browser has it: only the messages the server sent with the page (the
 * root loader's `messages`: the areas of the page, in the user's language), received as the
 * page renders. vite.config.ts puts this module in place of catalogue.ts in the client build,
 * so no page downloads every area in both languages (issue 10, docs/decisions/021).
 */
import type { MessageKey } from "./catalogue";
import type { Locale } from "./locales";
import type { Message } from "./message";

export const CATALOGUES = { da: {}, en: {} } as Record<Locale, Record<MessageKey, Message>>;

/** The text received last, per language: the layout renders again on every navigation with the same data. */
const received: Partial<Record<Locale, string>> = {};

/** The page's messages as the root loader sends them: JSON text of key → message (decision 063). */
export function receiveMessages(locale: Locale, messagesText: string): void {
  if (received[locale] === messagesText) return;
  Object.assign(CATALOGUES[locale], JSON.parse(messagesText) as Partial<Record<MessageKey, Message>>);
  received[locale] = messagesText;
}
