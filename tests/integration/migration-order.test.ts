/**
 * drizzle's migrator applies only the migrations whose journal time ("when") is later than the
 * latest one the database has recorded. 0021's time was written ahead (1796400000000), so 0022
 * (generated earlier in the clock's terms) is applied only to a database that did not have 0021
 * yet — the national copies at 0020 got both — and a new migration generated with today's clock
 * would never reach a database at 0021 or 0022 (decision 079 met this with 0023). From 0023 on,
 * each migration's time must be later than every earlier one's.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const journal = JSON.parse(fs.readFileSync(path.resolve("db/migrations/meta/_journal.json"), "utf8")) as { entries: { idx: number; when: number; tag: string }[] };

describe("the migrations' journal", () => {
  it("gives every migration from 0023 on a time later than all before it", () => {
    for (const entry of journal.entries.filter((e) => e.idx >= 23)) {
      const latestBefore = Math.max(...journal.entries.filter((e) => e.idx < entry.idx).map((e) => e.when));
      expect(entry.when, entry.tag).toBeGreaterThan(latestBefore);
    }
  });
});
