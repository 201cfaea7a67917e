/**
 * Times the board's free-text search (the domain query `searchBoard`, first page and count) on
 * a national-size database from `npm run bench:data`, at the big city and at the smallest
 * jobcentre, for texts that find one company, a tenth of the slots, a third, every slot, nothing,
 * and a two-letter text (decision 037). Read-only. With `--compare` it also times `searchBoard`
 * from another module (the previous version of queries.server.ts, saved beside it), round by
 * round in turn with the current one, so both are measured in the same load, and checks that
 * both find the same number of slots.
 *
 *   npx tsx scripts/bench/board-text.ts [file] [--rounds 5] [--calls 20] [--compare app/domain/slots/queries-before.server.ts]
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { actorFor } from "~/auth/current-user.server";
import { openDatabase } from "~/db/client.server";
import { users } from "~/db/schema";
import { searchBoard as current } from "~/domain/slots/queries.server";
import { parseBoardFilters } from "~/http/filters/board";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const rounds = option("--rounds", 5);
const calls = option("--calls", 20);
const compareAt = args.indexOf("--compare");
const file = path.resolve(args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "tmp/bench-national.db");
type Search = typeof current;
const versions: [string, Search][] = [["now", current]];
if (compareAt >= 0) {
  const other = (await import(path.resolve(args[compareAt + 1]!))) as { searchBoard: Search };
  versions.unshift(["before", other.searchBoard]);
}

const { db, sqlite } = openDatabase(file);
sqlite.pragma("query_only = ON");

/** The jobcentre's first consultant, as the board's user. */
function consultantOf(jobcentreId: number) {
  const row = db.get<{ id: number }>(sql`select id from ${users} where jobcentre_id = ${jobcentreId} and role = 'consultant' order by id limit 1`);
  return actorFor(db, db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, row.id) }).sync()!);
}

const openPer = db.all<{ jobcentreId: number; n: number }>(sql`select jobcentre_id as jobcentreId, count(*) as n from slots where status = 'open' group by jobcentre_id order by n desc, jobcentre_id`);
const big = openPer[0]!;
const small = openPer.at(-1)!;
// A company of the big city with open slots, found by its own name.
const named = db.get<{ name: string }>(sql`select c.name from companies c join slots s on s.company_id = c.id where s.jobcentre_id = ${big.jobcentreId} and s.status = 'open' order by c.id desc limit 1`).name;

const QUERIES: [string, string][] = [
  ["one company's name", named],
  ["a title word (a tenth)", "Kasseassistent"],
  ["æøå, lower case", "køkkenhjælp"],
  ["in a third (wishes)", "kunder"],
  ["in every slot (purpose)", "trygt"],
  ["nothing", "zzqx"],
  ["two letters (no index)", "ka"],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${path.relative(process.cwd(), file)}: ${rounds} rounds of ${calls} calls, median ms per call (first page and count)\n`);
console.log(`  ${"text".padEnd(48)} found  ${versions.map(([name]) => name.padStart(8)).join("")}`);
for (const [label, jc] of [
  ["big city", big],
  ["smallest", small],
] as const) {
  const ctx = { db, actor: consultantOf(jc.jobcentreId), now: new Date() };
  console.log(`jobcentre ${jc.jobcentreId} (${label}, ${jc.n} open slots)`);
  for (const [what, q] of QUERIES) {
    const filters = parseBoardFilters(new URLSearchParams({ q }));
    const totals = versions.map(([, search]) => search(ctx, filters).total);
    if (new Set(totals).size > 1) throw new Error(`"${q}": the versions find ${totals.join(" and ")} slots`);
    const times = versions.map(() => [] as number[]);
    for (let r = 0; r < rounds; r++) {
      versions.forEach(([, search], v) => {
        const t0 = performance.now();
        for (let i = 0; i < calls; i++) search(ctx, filters);
        times[v]!.push((performance.now() - t0) / calls);
      });
    }
    const shown = times.map((t) => median(t).toFixed(2).padStart(8)).join("");
    console.log(`  ${what.padEnd(26)} ${JSON.stringify(q).padEnd(21)} ${String(totals[0]).padStart(5)}  ${shown}`);
  }
}
const load = (await import("node:os")).loadavg()[0]!.toFixed(1);
console.log(`\nload average at the end: ${load}`);
sqlite.close();
