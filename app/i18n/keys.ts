import type { MessageKey } from "./catalogue";

/**
 * For a value that arrives as text (a `?done=` in the URL): whether it names an entry of a map
 * of message keys. Anything else is refused rather than shown as a raw key.
 */
export function isKeyOf<M extends Readonly<Record<string, MessageKey>>>(map: M, value: unknown): value is keyof M & string {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(map, value);
}
