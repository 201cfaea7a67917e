import type Database from "better-sqlite3";

/**
 * The text indexes' insert triggers and the statement that fills each index afterwards by its
 * update trigger (the migration's own expression, not a copy of it):
 * - the board's `board_text` (migration 0010, decision 037): every open slot;
 * - the candidates' `candidate_text` (migration 0019, decision 059): every candidate.
 */
const TEXT_INDEXES = [
  { trigger: "board_text_slot_insert", fill: "update slots set status = status where status = 'open'", name: "board text index" },
  { trigger: "candidate_text_insert", fill: "update candidates set alias = alias; insert into candidate_text (candidate_text) values ('optimize')", name: "candidate text index" },
];

/**
 * Runs the bulk stages with the text indexes filled once at the end instead of row by row. An
 * insert trigger is correct for the portal but slow in bulk: a statement that writes a table and,
 * through a trigger, a virtual table runs in a savepoint, and FTS5 writes its pending terms to a
 * new segment at every savepoint, so each of 22,000 open slots made a segment to merge (the slots
 * stage took 2–4× as long). Here the insert triggers are set aside while the stages run and put
 * back as the migrations wrote them; then one statement per index passes every row through its
 * update trigger.
 */
export function withBoardTextFilledAtEnd(sqlite: Database.Database, run: () => void, log?: (line: string) => void): void {
  const kept = TEXT_INDEXES.flatMap((index) => {
    const sql = sqlite.prepare("select sql from sqlite_master where type = 'trigger' and name = ?").pluck().get(index.trigger) as string | undefined;
    return sql ? [{ ...index, sql }] : [];
  });
  for (const index of kept) sqlite.exec(`drop trigger ${index.trigger}`);
  try {
    run();
  } finally {
    for (const index of kept) sqlite.exec(index.sql);
  }
  for (const index of kept) {
    const started = Date.now();
    sqlite.exec(index.fill);
    log?.(`${index.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
