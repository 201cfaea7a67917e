import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { cacheStatements } from "./statement-cache.server";

export type Db = BetterSQLite3Database<typeof schema>;
/** The handle a transaction callback receives; queries look the same as on Db. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "db/migrations");

export function databasePath(): string {
  return process.env.DATABASE_PATH ?? "./data/fodfaeste.db";
}

export function openDatabase(file = databasePath()): { db: Db; sqlite: Database.Database } {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // FULL: a commit the user was told about (and mailed about) survives a power cut too; in WAL
  // mode NORMAL could lose the last transactions. One fsync per commit is cheap at our volume.
  sqlite.pragma("synchronous = FULL");
  cacheStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  // Every transaction takes the write lock when it begins (BEGIN IMMEDIATE, decision 038). A deferred
  // one reads first and fails with SQLITE_BUSY_SNAPSHOT when another connection (the job runner run by
  // cron, a script, a test) wrote in between, which busy_timeout cannot wait out; an immediate one
  // waits up to busy_timeout for the lock instead. A caller may still ask for "deferred".
  const deferred = db.transaction.bind(db);
  db.transaction = ((fn, config) => deferred(fn, { behavior: "immediate", ...config })) as Db["transaction"];
  return { db, sqlite };
}

/** Applies the schema's migrations. Reference data is loaded by bootstrapDatabase (app/bootstrap.server.ts). */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

let handle: { db: Db; sqlite: Database.Database } | undefined;

/** The process-wide connection, opened (and migrated) on first use. */
export function getDb(): Db {
  if (!handle) {
    handle = openDatabase();
    migrateDatabase(handle.db);
  }
  return handle.db;
}

export function closeDb(): void {
  handle?.sqlite.close();
  handle = undefined;
}

/** Number of applied migrations: what /healthz reports as the schema version. */
export function schemaVersion(db: Db): number {
  return db.get<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`).n;
}
