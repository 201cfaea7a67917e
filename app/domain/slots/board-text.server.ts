import { exists, or, sql, type SQL } from "drizzle-orm";
import { companies, slots } from "~/db/schema";
import type { Ctx } from "../actor";
import { indexable, likeAny, patternPlaceholders, patternValues, searchPatterns, trigramMatch } from "../shared/search-text";


/**
 * The board's free text: slots whose title, purpose, wishes, accessibility note or company name
 * contain `q`, in any case of every letter, æ, ø and å included (decision 057). From three
 * characters it is answered by the `board_text` trigram index of the jobcentre's open slots
 * (migration 0010, decision 037) as a phrase, which the index matches as a substring with the
 * case of every letter folded (`case_sensitive 0`), so a search costs what it finds rather than
 * every open slot; a shorter text has no trigram to look up and is matched on the columns
 * themselves with LIKE once per case variant of its letters (`searchPatterns`).
 *
 * The board keeps its queries per shape (decision 056): `boardText` says which of the two
 * conditions a text needs and how many patterns (part of the shape) and gives its values;
 * `boardTextSql` is the condition with the values as placeholders `textMatch` and `pattern0…`.
 */
export function boardText(jobcentreId: number, q: string): { indexed: boolean; patterns: number; values: Record<string, string> } {
  const text = q.replace(/[%_]/g, "");
  if (indexable(text)) return { indexed: true, patterns: 0, values: { textMatch: trigramMatch(jobcentreId, "body", text) } };
  const patterns = searchPatterns(text);
  return { indexed: false, patterns: patterns.length, values: patternValues(patterns) };
}

/** The free-text condition of `boardText` (`indexed` and `patterns` from it), values as placeholders. */
export function boardTextSql(db: Ctx["db"], indexed: boolean, patterns: number): SQL {
  if (indexed) {
    // Only open slots are in the index; the board asks for open slots anyway.
    return sql`${slots.id} in (select rowid from board_text where board_text match ${sql.placeholder("textMatch")})`;
  }
  const placeholders = patternPlaceholders(patterns);
  return or(
    likeAny([slots.title, slots.purpose, slots.wishes, slots.accessibility], placeholders),
    // The slot's own company by its key, not every company in the country by name.
    exists(db.select({ one: sql`1` }).from(companies).where(sql`${companies.id} = ${slots.companyId} and ${likeAny([companies.name], placeholders)}`)),
  )!;
}
