/**
 * Transactions begin immediate (decision 038): a command that reads and then writes holds the
 * write lock from its first statement, so another connection cannot write in between and make
 * the command fail with SQLITE_BUSY_SNAPSHOT (seen as a 500 when the job runner or a second
 * process wrote at the same moment).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "~/db/client.server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fodfaeste-immediate-"));
const file = path.join(dir, "two-connections.db");
const a = openDatabase(file);
const b = openDatabase(file);
b.sqlite.pragma("busy_timeout = 0");
a.sqlite.exec("create table counter (n integer not null)");
a.sqlite.exec("insert into counter values (0)");

afterAll(() => {
  a.sqlite.close();
  b.sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("transactions", () => {
  it("hold the write lock from the start: another connection cannot write between a read and a write", () => {
    let othersWrite: unknown = null;
    a.db.transaction((tx) => {
      const n = tx.get<{ n: number }>(sql`select n from counter`).n;
      try {
        b.sqlite.prepare("update counter set n = n + 100").run();
      } catch (error) {
        othersWrite = error;
      }
      tx.run(sql`update counter set n = ${n + 1}`);
    });
    expect(String(othersWrite)).toMatch(/database is locked/);
    expect(b.sqlite.prepare("select n from counter").get()).toEqual({ n: 1 });
  });

  it("may still be asked to be deferred, and then a write in between breaks the read-then-write", () => {
    let thrown: unknown = null;
    try {
      a.db.transaction(
        (tx) => {
          const n = tx.get<{ n: number }>(sql`select n from counter`).n;
          b.sqlite.prepare("update counter set n = n + 100").run();
          tx.run(sql`update counter set n = ${n + 1}`);
        },
        { behavior: "deferred" },
      );
    } catch (error) {
      thrown = error;
    }
    // drizzle wraps the driver's error: the cause is SQLite's "busy snapshot".
    expect((thrown as { cause?: { code?: string } } | null)?.cause?.code).toBe("SQLITE_BUSY_SNAPSHOT");
  });
});
