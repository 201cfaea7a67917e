import { or, sql, type Placeholder, type SQL, type SQLWrapper } from "drizzle-orm";
import { listParams, listPlaceholders } from "~/db/prepared.server";

/**
 * Free-text search that finds æ, ø and å in either case (decision 057).
 *
 * SQLite's LIKE folds only the ASCII letters A–Z: `like '%ærø%'` does not find "Ærø Bageri", and
 * a Danish user types names in lower case. So a search asks LIKE once per case variant of its
 * non-ASCII letters ("ærø" → "ærø", "Ærø", "æRø", … "ÆRØ"; A–Z need none). The number of
 * variants doubles with each such letter, so from `MAX_FOLDED_LETTERS` of them on only the
 * likely spellings are asked (as typed, all lower case, all upper case, each word capitalised).
 * Portable: plain LIKE with OR; PostgreSQL's ILIKE would do the folding itself.
 */
export const MAX_FOLDED_LETTERS = 3;

/** The ways `text` may be written that LIKE tells apart: its non-ASCII letters in each case. */
export function caseVariants(text: string): string[] {
  const chars = [...text];
  const folding = chars.flatMap((c, i) => (isFoldable(c) ? [i] : []));
  if (folding.length === 0) return [text];
  if (folding.length > MAX_FOLDED_LETTERS) {
    const lower = chars.map((c) => (isFoldable(c) ? c.toLowerCase() : c)).join("");
    const upper = chars.map((c) => (isFoldable(c) ? c.toUpperCase() : c)).join("");
    const capitalised = chars.map((c, i) => (isFoldable(c) ? (i === 0 || /\s/.test(chars[i - 1]!) ? c.toUpperCase() : c.toLowerCase()) : c)).join("");
    return [...new Set([text, lower, upper, capitalised])];
  }
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << folding.length; mask++) {
    const out = [...chars];
    folding.forEach((at, bit) => (out[at] = mask & (1 << bit) ? chars[at]!.toUpperCase() : chars[at]!.toLowerCase()));
    variants.push(out.join(""));
  }
  return [...new Set(variants)];
}

/** A non-ASCII letter whose other case LIKE does not fold, and which keeps its length in both (not ß). */
function isFoldable(c: string): boolean {
  if (c.charCodeAt(0) < 128) return false;
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  return lower !== upper && [...lower].length === 1 && [...upper].length === 1;
}

/**
 * The `%…%` patterns of a search, one per case variant. `escape`: % _ and \ are escaped with a
 * backslash (for `like … escape '\'`), so they are searched as typed; without it they are dropped.
 */
export function searchPatterns(q: string, options: { escape?: boolean } = {}): string[] {
  const text = options.escape ? q.replace(/[%_\\]/g, (c) => `\\${c}`) : q.replace(/[%_]/g, "");
  return caseVariants(text).map((v) => `%${v}%`);
}

/** The shortest text a trigram index answers (FTS5's trigram tokenizer indexes three characters at a time). */
export const INDEXED_TEXT_FROM = 3;

/** Whether `text` is long enough to be asked of a trigram index. */
export function indexable(text: string): boolean {
  return [...text].length >= INDEXED_TEXT_FROM;
}

/**
 * A trigram index's MATCH for one jobcentre's rows whose `column` holds `text` (decisions 037,
 * 057, 059): the jobcentre as the phrase `#<id>#`, the text as one phrase with its double quotes
 * doubled (FTS5's own escape), so it is taken as typed, never as operators. The index folds the
 * case of every letter, æ, ø and å included.
 */
export function trigramMatch(jobcentreId: number, column: string, text: string): string {
  return `jobcentre : "#${jobcentreId}#" AND ${column} : "${text.replace(/"/g, '""')}"`;
}

/** Placeholders `pattern0`, `pattern1`, … for a query kept per number of patterns; `patternValues` gives their values. */
export function patternPlaceholders(count: number): Placeholder[] {
  return listPlaceholders("pattern", count);
}

export function patternValues(patterns: readonly string[]): Record<string, string> {
  return listParams("pattern", patterns);
}

/** Any of the columns is like any of the patterns (values or placeholders). */
export function likeAny(columns: readonly SQLWrapper[], patterns: readonly (string | Placeholder)[], options: { escape?: boolean } = {}): SQL {
  const escape = options.escape ? sql` escape '\\'` : sql``;
  return or(...columns.flatMap((column) => patterns.map((p) => sql`${column} like ${p}${escape}`)))!;
}
