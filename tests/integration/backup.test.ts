import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError, backupDatabase, checkBackup, restoreDatabase } from "~/db/backup.server";
import { databasePath, getDb, openDatabase, schemaVersion } from "~/db/client.server";
import { companies, jobcentres } from "~/db/schema";
import { makeCompany, makeJobcentre } from "../factories";

const dir = path.resolve(`tmp/backup-test-${crypto.randomUUID().slice(0, 8)}`);
const file = (name: string) => path.join(dir, name);
let jobcentreId: number;
let companyName: string;

beforeAll(async () => {
  fs.mkdirSync(dir, { recursive: true });
  jobcentreId = (await makeJobcentre("Jobcenter Backup")).id;
  companyName = (await makeCompany(jobcentreId)).company.name;
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const companyNamesIn = (dbFile: string) => {
  const copy = new Database(dbFile, { readonly: true });
  try {
    return copy.prepare("select name from companies").pluck().all() as string[];
  } finally {
    copy.close();
  }
};

describe("backup", () => {
  it("copies the live database while the portal holds it open, with the committed rows and a passing integrity check", async () => {
    getDb(); // the portal's own connection stays open throughout
    const check = await backupDatabase(databasePath(), file("copy.db"));
    expect(check.schemaVersion).toBe(schemaVersion(getDb()));
    expect(check.rows.companies).toBeGreaterThanOrEqual(1);
    expect(companyNamesIn(file("copy.db"))).toContain(companyName);
    expect(fs.existsSync(file("copy.db.partial"))).toBe(false);
  });

  it("is one point in time even when another connection writes while it copies", async () => {
    const writer = new Database(databasePath());
    writer.pragma("busy_timeout = 5000");
    const before = writer.prepare("select count(*) from jobcentres").pluck().get() as number;
    // 50 rows in one transaction: a consistent copy holds all of them or none.
    const insertAll = writer.transaction(() => {
      const insert = writer.prepare("insert into jobcentres (name, municipality) values (?, ?)");
      for (let i = 0; i < 50; i++) insert.run(`Samtidig ${i}`, "Samtidig");
    });
    const backup = backupDatabase(databasePath(), file("busy.db"));
    insertAll();
    const check = await backup;
    writer.close();
    expect([before, before + 50]).toContain(check.rows.jobcentres);
  });

  it("refuses to overwrite an existing file unless told to", async () => {
    fs.writeFileSync(file("taken.db"), "something precious");
    await expect(backupDatabase(databasePath(), file("taken.db"))).rejects.toThrow(BackupError);
    expect(fs.readFileSync(file("taken.db"), "utf8")).toBe("something precious");
    await backupDatabase(databasePath(), file("taken.db"), { overwrite: true });
    expect(companyNamesIn(file("taken.db"))).toContain(companyName);
  });

  it("refuses to copy the database onto itself", async () => {
    await expect(backupDatabase(databasePath(), databasePath(), { overwrite: true })).rejects.toThrow(BackupError);
  });
});

describe("checking a backup", () => {
  it("refuses a file that is not a database, and a database that is not Fodfæste's", () => {
    fs.writeFileSync(file("text.db"), "not a database at all, just some text that is long enough to be read");
    expect(() => checkBackup(file("text.db"))).toThrow(BackupError);
    const other = new Database(file("other.db"));
    other.exec("create table notes (id integer primary key)");
    other.close();
    expect(() => checkBackup(file("other.db"))).toThrow(/ikke en Fodfæste-database/);
    expect(() => checkBackup(file("missing.db"))).toThrow(/findes ikke/);
  });
});

describe("restore", () => {
  it("puts the backup in place, keeps the database it replaced, and the portal opens it with the rows", async () => {
    await backupDatabase(databasePath(), file("restore-me.db"));
    const target = file("live.db");
    const before = openDatabase(target);
    before.sqlite.exec("create table leftover (id integer)");
    before.sqlite.close();

    const now = new Date("2026-11-24T12:00:00Z");
    const { keptAs } = restoreDatabase(file("restore-me.db"), target, now);
    expect(keptAs).toBe(`${target}.before-restore-2026-11-24T12-00-00-000Z`);
    expect(fs.existsSync(keptAs!)).toBe(true);

    const restored = openDatabase(target);
    try {
      const row = restored.db.select().from(companies).where(eq(companies.name, companyName)).get();
      expect(row?.jobcentreId).toBe(jobcentreId);
      expect(restored.db.select().from(jobcentres).all().length).toBeGreaterThan(0);
    } finally {
      restored.sqlite.close();
    }
  });

  it("does not touch the database when the backup is unusable", () => {
    const target = file("untouched.db");
    const live = openDatabase(target);
    live.sqlite.exec("create table keep_me (id integer)");
    live.sqlite.close();
    fs.writeFileSync(file("broken.db"), "broken");
    expect(() => restoreDatabase(file("broken.db"), target)).toThrow(BackupError);
    const still = new Database(target, { readonly: true });
    expect(still.prepare("select name from sqlite_master where name = 'keep_me'").pluck().get()).toBe("keep_me");
    still.close();
  });
});

describe("npm run backup", () => {
  it("writes a checked copy and says so; a second run without --force refuses", () => {
    // One node process with tsx's loader (the tsx command would start a second one).
    const backup = [process.execPath, ["--import", "tsx", "scripts/backup.ts", file("cli.db")]] as const;
    const env = { ...process.env, DATABASE_PATH: databasePath() };
    const out = execFileSync(...backup, { env, encoding: "utf8" });
    expect(out).toMatch(/Sikkerhedskopi skrevet/);
    expect(companyNamesIn(file("cli.db"))).toContain(companyName);
    expect(() => execFileSync(...backup, { env, stdio: "pipe" })).toThrow(/findes allerede/);
  });
});
