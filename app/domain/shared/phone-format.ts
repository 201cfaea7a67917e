/**
 * Danish phone numbers: eight digits, first digit 2–9 (numbers starting with 0 or 1 are
 * short and service numbers nobody gives as a contact). People write them in many ways —
 * "12 34 56 78", "+45 12345678", "0045-12-34-56-78" — so spaces, dashes, dots and a leading
 * +45/0045 are accepted, and the eight digits are what is stored. Free of zod (the browser
 * formats with it); the form fields and their message are in `phone.ts`.
 */
export function normaliseDanishPhone(value: string): string | null {
  const compact = value.replace(/[\s.\-()]/g, "");
  const digits = compact.replace(/^(\+45|0045)/, "");
  return /^[2-9]\d{7}$/.test(digits) ? digits : null;
}

/** "12345678" → "12 34 56 78", the way a Danish number is read aloud and printed. */
export function formatDanishPhone(digits: string): string {
  return /^\d{8}$/.test(digits) ? digits.replace(/(\d{2})(?=\d)/g, "$1 ") : digits;
}

/** For a `tel:` link: the international form, so it also dials from a foreign SIM. */
export function phoneHref(digits: string): string {
  return `tel:+45${digits}`;
}
