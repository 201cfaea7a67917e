/**
 * Fills a new database at national size for the benchmarks (issues 10 and 13): 100 jobcentres,
 * 20,000 companies, 100,000 tasks, 50,000 slots in every status, 200,000 candidates, 20,000 proposals beside
 * the accepted one of each of 100,000 placements (with their filled slots, about a million
 * follow-ups, endings and notifications) and a million audit rows; `sizes.ts` holds the figures.
 * Never the demo database: the file is deleted and migrated from scratch.
 *
 *   npm run bench:data -- [file] [--scale 0.1]      (or BENCH_DATABASE=file)
 */
import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "~/auth/password.server";
import { bootstrapDatabase } from "~/bootstrap.server";
import { openDatabase } from "~/db/client.server";
import { generate } from "./bench/national/generate";
import { NATIONAL, scaled } from "./bench/national/sizes";

export const BENCH_PASSWORD = "Bench-adgang-2026";
export const DEFAULT_BENCH_DATABASE = "tmp/bench-national.db";

const args = process.argv.slice(2);
const scaleAt = args.indexOf("--scale");
const factor = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;
const fileArg = args.find((a, i) => !a.startsWith("--") && (scaleAt < 0 || i !== scaleAt + 1));
const file = path.resolve(fileArg ?? process.env.BENCH_DATABASE ?? DEFAULT_BENCH_DATABASE);

const demo = path.resolve(process.env.DATABASE_PATH ?? "./data/fodfaeste.db");
if (file === demo || file === path.resolve("./data/fodfaeste.db")) {
  console.error(`Refusing to overwrite ${file}: that is the portal's own database. Give another file.`);
  process.exit(1);
}
if (!Number.isFinite(factor) || factor <= 0 || factor > 1) {
  console.error("--scale takes a number above 0 and at most 1.");
  process.exit(1);
}

const sizes = factor === 1 ? NATIONAL : scaled(factor);
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
const { db, sqlite } = openDatabase(file);
bootstrapDatabase(db);
// A generated file can be made again: no fsync per transaction while filling it.
sqlite.pragma("synchronous = OFF");
// Room for the indexes of a million rows in memory: without it each stage waits on the disk.
sqlite.pragma("cache_size = -512000");
const started = Date.now();
const { counts, logins } = generate(sqlite, { sizes, passwordHash: await hashPassword(BENCH_PASSWORD), log: (line) => console.log(`  ${line}`) });
sqlite.pragma("wal_checkpoint(TRUNCATE)");
sqlite.close();

console.log(`\n${file} filled in ${((Date.now() - started) / 1000).toFixed(0)} s:`);
for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(12)} ${n.toLocaleString("da-DK")}`);
console.log(`\nLogins (adgangskode for alle: ${BENCH_PASSWORD}); start the server with DATABASE_PATH=${path.relative(process.cwd(), file)}`);
for (const login of logins) console.log(`  ${login.email.padEnd(36)} ${login.note}`);
