import fs from "node:fs";
import path from "node:path";
import { bootstrapDatabase } from "../../app/bootstrap.server";
import { openDatabase } from "../../app/db/client.server";

export const TEMPLATE_DB = path.resolve("tmp/test-template.db");

/** Migrates one template database; every test file works on its own copy of it. */
export default function setup() {
  fs.mkdirSync(path.dirname(TEMPLATE_DB), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(TEMPLATE_DB + suffix, { force: true });
  const { db, sqlite } = openDatabase(TEMPLATE_DB);
  bootstrapDatabase(db);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.pragma("journal_mode = DELETE");
  sqlite.close();
}
