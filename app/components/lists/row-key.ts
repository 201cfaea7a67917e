/**
 * Parts of a kept row's key (decisions 084, 085): a list row's cells are drawn once per a string
 * naming every field they read, so the parts must never run into each other.
 */

/** A text in a key: its length first, so no text can run into the next field. */
export const keyText = (s: string | null | undefined): string => (s == null ? `${s}` : `${s.length}:${s}`);

/** A number in a key: -0 apart from 0 (a cell that formats it may write "-0"). */
export const keyNumber = (n: number | null | undefined): string => (n != null && Object.is(n, -0) ? "-0" : `${n}`);
