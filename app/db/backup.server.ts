import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export interface BackupCheck {
  /** Applied migrations in the copy: the schema version it restores to. */
  schemaVersion: number;
  /** Rows per table, so the person running it sees what the copy holds. */
  rows: Record<string, number>;
}

export class BackupError extends Error {}

/**
 * Checks that a file is a whole, readable Fodfæste database: SQLite's integrity check
 * passes and it has the migrations table. Opened read-only, so checking changes nothing.
 */
export function checkBackup(file: string): BackupCheck {
  if (!fs.existsSync(file)) throw new BackupError(`Filen findes ikke: ${file}`);
  let copy: Database.Database;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`Filen kan ikke åbnes som en database: ${(error as Error).message}`);
  }
  try {
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new BackupError(`Kopien er beskadiget: ${String(integrity)}`);
    const tables = copy
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .pluck()
      .all() as string[];
    if (!tables.includes("__drizzle_migrations")) throw new BackupError("Filen er ikke en Fodfæste-database (ingen migreringer).");
    const rows: Record<string, number> = {};
    for (const table of tables) {
      rows[table] = copy.prepare(`select count(*) from "${table.replaceAll('"', '""')}"`).pluck().get() as number;
    }
    return { schemaVersion: rows.__drizzle_migrations ?? 0, rows };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Kopien kan ikke læses: ${(error as Error).message}`);
  } finally {
    copy.close();
  }
}

/**
 * Writes a consistent copy of a live database with SQLite's online backup API: the portal
 * keeps running and writing while the pages are copied, and the copy is one point in time.
 * Refuses to overwrite a file unless told to. The copy is checked before it is reported.
 */
export async function backupDatabase(source: string, destination: string, options: { overwrite?: boolean } = {}): Promise<BackupCheck> {
  if (!fs.existsSync(source)) throw new BackupError(`Databasen findes ikke: ${source}`);
  if (path.resolve(source) === path.resolve(destination)) throw new BackupError("Kopien kan ikke skrives oven i databasen selv.");
  if (fs.existsSync(destination) && !options.overwrite) {
    throw new BackupError(`Filen findes allerede: ${destination} (brug --force for at overskrive)`);
  }
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  // A partly written copy never carries the final name: write beside it, then rename.
  const partial = `${destination}.partial`;
  fs.rmSync(partial, { force: true });
  const live = new Database(source, { fileMustExist: true });
  try {
    live.pragma("busy_timeout = 5000");
    await live.backup(partial);
  } finally {
    live.close();
  }
  try {
    const check = checkBackup(partial);
    fs.renameSync(partial, destination);
    return check;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Puts a backup in place of the database. The portal must be stopped first (a running
 * server keeps its own connection to the old file). The database it replaces is kept
 * beside it, so a restore can itself be undone.
 */
export function restoreDatabase(backup: string, target: string, now = new Date()): { check: BackupCheck; keptAs: string | null } {
  const check = checkBackup(backup);
  let keptAs: string | null = null;
  if (fs.existsSync(target)) {
    keptAs = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    // Fold the write-ahead log into the old file first so the kept copy is whole on its own.
    const old = new Database(target, { fileMustExist: true });
    try {
      old.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      old.close();
    }
    fs.renameSync(target, keptAs);
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  fs.copyFileSync(backup, target);
  return { check, keptAs };
}
