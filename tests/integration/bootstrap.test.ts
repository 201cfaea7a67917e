import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { bootstrapDatabase } from "~/bootstrap.server";
import { migrateDatabase, openDatabase } from "~/db/client.server";
import { catalogueTasks } from "~/db/schema";

const file = path.resolve(`tmp/bootstrap-${crypto.randomUUID()}.db`);
afterAll(() => {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});

describe("bootstrapping a database", () => {
  it("the client only migrates; the bootstrap loads the task catalogue, idempotently", () => {
    const { db, sqlite } = openDatabase(file);
    const catalogue = () => db.select({ n: count() }).from(catalogueTasks).get()!.n;
    migrateDatabase(db);
    expect(catalogue()).toBe(0);
    bootstrapDatabase(db);
    const loaded = catalogue();
    expect(loaded).toBeGreaterThan(50);
    bootstrapDatabase(db);
    expect(catalogue()).toBe(loaded);
    sqlite.close();
  });
});
