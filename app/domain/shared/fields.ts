/* eslint-disable no-control-regex -- finding control characters is the point of these patterns */
import { z } from "zod";
import { tooLong, type TextLimit } from "./text-limits";

/**
 * The zod field builders every schema uses, so a rule about what text, numbers and dates
 * may look like lives in one place. Form values arrive as strings: they are trimmed, and
 * "" means "not filled in".
 */

/** C0 controls and DEL; a line break or tab is allowed only in multi-line text. */
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f]/;
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const CONTROL_CHARS_MESSAGE = "error.text.controlChars";

export function hasControlChars(value: string, multiline = false): boolean {
  return (multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(value);
}

interface TextOptions {
  /** Message when missing or shorter than `min`. */
  message: string;
  min?: number;
  max: TextLimit;
  /** Line breaks allowed (descriptions, comments); a name or title is one line. */
  multiline?: boolean;
}

/** Text that must be filled in: trimmed, within its length, no NUL or other control characters. */
export function requiredText({ message, min = 1, max, multiline = false }: TextOptions) {
  return z
    .string({ required_error: message, invalid_type_error: message })
    .trim()
    .min(min, message)
    .max(max, tooLong(max))
    .refine((v) => !hasControlChars(v, multiline), CONTROL_CHARS_MESSAGE);
}

/** Text that may be left out: "" (or absent) becomes null. */
export function optionalText(max: TextLimit, { multiline = true }: { multiline?: boolean } = {}) {
  return z
    .string({ invalid_type_error: tooLong(max) })
    .trim()
    .max(max, tooLong(max))
    .refine((v) => !hasControlChars(v, multiline), CONTROL_CHARS_MESSAGE)
    .optional()
    .transform((v) => (v ? v : null));
}

/** True for a YYYY-MM-DD that is a day in the calendar (no 2030-02-31, no month 13). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A real calendar date as YYYY-MM-DD (what `<input type="date">` sends). */
export function calendarDate(message: string) {
  return z
    .string({ required_error: message, invalid_type_error: message })
    .trim()
    .refine(isCalendarDate, message);
}

/** A number written the Danish way ("12,5") or with a point, with up to two decimals. */
export function danishDecimal(message: string, { maxIntegerDigits = 2 }: { maxIntegerDigits?: number } = {}) {
  const pattern = new RegExp(`^\\d{1,${maxIntegerDigits}}([.]\\d{1,2})?$`);
  return z
    .string({ required_error: message, invalid_type_error: message })
    .trim()
    .transform((v) => v.replace(",", "."))
    .pipe(z.string().regex(pattern, message).transform(Number));
}

/**
 * An amount in kroner as people write it: "24500", "24.500", "24 500", "24.500,50", "24500,5"
 * or "24500.50", with "kr." after it or not. A comma is always the decimal mark; a point is a
 * thousands separator when groups of three digits follow it, else the decimal mark (so
 * "24.500" is 24,500 kroner, never 24.5). At most two decimals (øre). Returns the number, or
 * null when the text is not an amount. Pure.
 */
export function parseKroner(text: string): number | null {
  const v = text
    .replace(/[\s\u00a0]/g, "")
    .replace(/(kr\.?|dkk)$/i, "");
  let normalised: string | null = null;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(v)) normalised = v.replace(/\./g, "").replace(",", ".");
  else if (/^\d+(,\d{1,2})?$/.test(v)) normalised = v.replace(",", ".");
  else if (/^\d+\.\d{1,2}$/.test(v)) normalised = v;
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(v)) normalised = v.replace(/,/g, "");
  if (normalised === null || normalised.replace(/\D/g, "").length > 12) return null;
  return Math.round(Number(normalised) * 100) / 100;
}

/** An amount in kroner that must be filled in (see parseKroner), within [min, max]. */
export function kroner(message: string, { min, max }: { min: number; max: number }) {
  return z
    .string({ required_error: message, invalid_type_error: message })
    .transform((v, ctx) => {
      const amount = parseKroner(v.trim());
      if (amount === null || amount < min || amount > max) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message });
        return z.NEVER;
      }
      return amount;
    });
}

/** The same, or nothing: "" (or absent) becomes null. */
export function optionalKroner(message: string, bounds: { min: number; max: number }) {
  return z
    .string({ invalid_type_error: message })
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.union([z.null(), kroner(message, bounds)]));
}

/** A search box's text from a URL: control characters dropped, trimmed, at most `max` characters. */
export function searchText(value: string | null, max = 100): string | undefined {
  return (value ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, max) || undefined;
}
