import type Database from "better-sqlite3";

const INSERT_TRIGGER = "board_text_slot_insert";

/**
 * Runs the bulk stages with the board's text index (migration 0010, decision 037) filled once at
 * the end instead of row by row. Its insert trigger is correct for the portal but slow in bulk:
 * a statement that writes a table and, through a trigger, a virtual table runs in a savepoint,
 * and FTS5 writes its pending terms to a new segment at every savepoint, so each of 22,000 open
 * slots made a segment to merge (the slots stage took 2–4× as long). Here the insert trigger is
 * set aside while the stages run and put back as the migration wrote it; then one statement
 * passes every open slot through the update trigger, i.e. the index gets the migration's own
 * expression, not a copy of it.
 */
export function withBoardTextFilledAtEnd(sqlite: Database.Database, run: () => void, log?: (line: string) => void): void {
  const trigger = sqlite.prepare("select sql from sqlite_master where type = 'trigger' and name = ?").pluck().get(INSERT_TRIGGER) as string | undefined;
  if (!trigger) {
    run();
    return;
  }
  sqlite.exec(`drop trigger ${INSERT_TRIGGER}`);
  try {
    run();
  } finally {
    sqlite.exec(trigger);
  }
  const started = Date.now();
  sqlite.exec("update slots set status = status where status = 'open'");
  log?.(`board text index: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
