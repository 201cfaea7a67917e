import { exists, like, or, sql, type SQL } from "drizzle-orm";
import { companies, slots } from "~/db/schema";
import type { Ctx } from "../actor";

/** The shortest text the trigram index answers (FTS5 indexes three characters at a time). */
export const INDEXED_TEXT_FROM = 3;

/**
 * The board's free text: slots whose title, purpose, wishes, accessibility note or company name
 * contain `q` (SQLite's LIKE: ASCII letters in any case, æøå as typed). From three characters it
 * is answered by the `board_text` trigram index of the jobcentre's open slots (migration 0010,
 * decision 037), so a search costs what it finds rather than every open slot; a shorter text has
 * no trigram to look up and is matched on the columns themselves, with the same result.
 *
 * The board keeps its queries per shape (decision 056): `boardText` says which of the two
 * conditions a text needs (part of the shape) and gives its values; `boardTextSql` is the
 * condition with the values as placeholders `textMatch` and `textPattern`.
 */
export function boardText(jobcentreId: number, q: string): { indexed: boolean; values: { textMatch: string; textPattern: string } } {
  const text = q.replace(/[%_]/g, "");
  return {
    indexed: [...text].length >= INDEXED_TEXT_FROM,
    values: { textMatch: `jobcentre : "#${jobcentreId}#"`, textPattern: `%${text}%` },
  };
}

/** The free-text condition of `boardText` (`indexed` from it), values as placeholders. */
export function boardTextSql(db: Ctx["db"], indexed: boolean): SQL {
  const pattern = sql.placeholder("textPattern");
  if (indexed) {
    // Only open slots are in the index; the board asks for open slots anyway.
    return sql`${slots.id} in (select rowid from board_text where board_text match ${sql.placeholder("textMatch")} and body like ${pattern})`;
  }
  return or(
    like(slots.title, pattern),
    like(slots.purpose, pattern),
    like(slots.wishes, pattern),
    like(slots.accessibility, pattern),
    // The slot's own company by its key, not every company in the country by name.
    exists(db.select({ one: sql`1` }).from(companies).where(sql`${companies.id} = ${slots.companyId} and ${like(companies.name, pattern)}`)),
  )!;
}
