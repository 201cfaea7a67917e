/**
 * drizzle's migrator applies only the migrations whose journal time ("when") is later than the
 * latest one the database has recorded. 0021's time was written ahead (1796400000000), so 0022
 * (generated earlier in the clock's terms) reached only a database that did not have 0021 yet —
 * the national copies at 0020 got both, a database at 0021 never got 0022 — and a new migration
 * generated with today's clock would never reach a database at 0021 or 0022 (decision 079 met
 * this with 0023). 0022 now comes after 0021 and creates its index only if it is missing, so a
 * database at 0021 gets it and one that has it runs it again harmlessly (decision 081).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "~/db/client.server";

type Entry = { idx: number; when: number; tag: string };
const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: Entry[] };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "migration-order-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A migrations folder holding the journal's first `upTo` migrations, with some times changed (as an older checkout had them). */
function folderWith(upTo: number, times: Record<number, number> = {}): string {
  const dir = fs.mkdtempSync(path.join(scratch, "folder-"));
  fs.mkdirSync(path.join(dir, "meta"));
  const entries = journal.entries.slice(0, upTo).map((e) => ({ ...e, when: times[e.idx] ?? e.when }));
  fs.writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify({ ...journal, entries }));
  for (const e of entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

/** A fresh database migrated by `folders` in turn, as a server of each checkout would at its start. */
function migratedBy(...folders: string[]) {
  const sqlite = new Database(path.join(scratch, `db-${Math.random().toString(36).slice(2)}.sqlite`));
  sqlite.pragma("foreign_keys = ON");
  for (const folder of folders) migrate(drizzle(sqlite), { migrationsFolder: folder });
  const names = new Set((sqlite.prepare("select name from sqlite_master").all() as { name: string }[]).map((r) => r.name));
  const applied = new Set((sqlite.prepare("select hash from __drizzle_migrations").all() as { hash: string }[]).map((r) => r.hash));
  sqlite.close();
  return { names, applied: applied.size };
}

// What the last migrations make, each looked for by name.
const MADE_BY = [
  ["0022_board-kind-hours-days", "slots_jobcentre_status_kind_hours_days_idx"],
  ["0023_workplaces-company-name", "workplaces_company_name_idx"],
  ["0024_consent-proposal-changes", "change_counters"],
  ["0024_consent-proposal-changes", "consent_proposal_changes_on_proposals_update"],
  ["0025_start-work-changes", "start_work_changes_on_slots_update"],
] as const;
const OLD_0022_TIME = 1796326958418;

describe("the migrations' journal", () => {
  it("gives every migration a time later than all before it", () => {
    for (const entry of journal.entries.slice(1)) {
      const latestBefore = Math.max(...journal.entries.filter((e) => e.idx < entry.idx).map((e) => e.when));
      expect(entry.when, entry.tag).toBeGreaterThan(latestBefore);
    }
  });

  it("brings a database at 0021, at 0022 with its old time, or at any later migration to the last one", () => {
    const tags = journal.entries.map((e) => e.tag);
    for (const [tag] of MADE_BY) expect(tags).toContain(tag);
    const all = MIGRATIONS_FOLDER;
    const cases = {
      fresh: migratedBy(all),
      "at 0021": migratedBy(folderWith(22), all),
      "at 0022, as it was first generated": migratedBy(folderWith(23, { 22: OLD_0022_TIME }), all),
      "at 0023": migratedBy(folderWith(24), all),
    };
    for (const [label, { names }] of Object.entries(cases)) for (const [tag, name] of MADE_BY) expect(names.has(name), `${label}: ${tag} makes ${name}`).toBe(true);
    // A second start applies nothing more.
    expect(migratedBy(all, all).applied).toBe(cases.fresh.applied);
  });
});
