/**
 * Gives the end-to-end server a fresh demo database (decision 036). Migrating and seeding
 * (with production-cost password hashing) costs about 8 CPU seconds, so the result is kept as
 * a template in tmp/ and copied when nothing it depends on has changed: the migrations, the
 * catalogue, the seed scripts, the app's code (the seed goes through the commands) and the
 * Danish date (the demo world is dated from today). A clean clone builds the template once.
 * Usage: tsx scripts/e2e-database.ts <database path>
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const target = process.argv[2];
if (!target) throw new Error("usage: tsx scripts/e2e-database.ts <database path>");

const INPUTS = ["app", "db", "scripts", "package-lock.json"];

function filesUnder(p: string): string[] {
  if (!fs.existsSync(p)) return [];
  if (fs.statSync(p).isFile()) return [p];
  return fs
    .readdirSync(p, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => filesUnder(path.join(p, e.name)));
}

const hash = createHash("sha256");
hash.update(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date()));
for (const file of INPUTS.flatMap(filesUnder)) {
  if (/\.test\.tsx?$/.test(file)) continue;
  hash.update(file).update("\0").update(fs.readFileSync(file));
}
const dir = path.dirname(target);
const template = path.join(dir, `e2e-template-${hash.digest("hex").slice(0, 16)}.db`);

const remove = (db: string) => ["", "-wal", "-shm"].forEach((s) => fs.rmSync(db + s, { force: true }));

if (!fs.existsSync(template)) {
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(dir).filter((f) => /^e2e-template-.*\.db/.test(f))) fs.rmSync(path.join(dir, old));
  const building = `${template}.building`;
  remove(building);
  const env = { ...process.env, DATABASE_PATH: building };
  for (const script of ["scripts/migrate.ts", "scripts/seed-demo.ts"]) {
    execFileSync(process.execPath, ["--import", "tsx", script], { env, stdio: "inherit" });
  }
  // The seed closes its connection, which folds the WAL into the file.
  fs.renameSync(building, template);
  remove(building);
}
remove(target);
fs.copyFileSync(template, target);
console.log(`E2E-databasen er klar: ${target} (fra ${path.basename(template)})`);
