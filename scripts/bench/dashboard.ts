/**
 * Times the jobcentre dashboard (the domain call `jobcentreDashboard`) at the big city of a
 * national-size database from `npm run bench:data`, for this quarter, this year and a custom
 * 12 months, for the scopes jobcentre, mine and team (decision 039). Read-only, except that
 * `--team` first puts the jobcentre's first two consultants in a team (use it on a copy).
 * With `--compare <module>` it times another version of the call (the previous
 * queries.server.ts, saved beside it) round by round in turn with the current one and checks
 * that both return the same figures; with `--parts <module>` it prints the CPU ms per part
 * of an instrumented copy that exports `PARTS`. Times are CPU time of the process.
 *
 * Since decision 045 the figures are kept in memory: "first" is a view with the memory emptied
 * before each call (what the first view after a change costs), "repeat" a view of the same
 * figures again. With `--compare`, the module may also export `atRiskBefore` and
 * `openSlotsWithoutProposal` (the previous work-list queries), and they are timed against the
 * current ones the same way, together with the jobcentre's start page (`jobcentreWork`).
 *
 *   npx tsx scripts/bench/dashboard.ts [file] [--rounds 3] [--calls 5] [--compare tmp/queries-before.server.ts] [--team]
 */
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { eq, sql } from "drizzle-orm";
import { candidates } from "~/db/schema";
import { actorFor } from "~/auth/current-user.server";
import { openDatabase } from "~/db/client.server";
import type { Ctx } from "~/domain/actor";
import { clearDashboardCache } from "~/domain/dashboard/cache.server";
import { atRiskWorkList, jobcentreDashboard as current } from "~/domain/dashboard/queries.server";
import { periodOf } from "~/domain/dashboard/figures";
import { jobcentreWork } from "~/domain/jobcentres/work.server";
import { openSlotsWithoutProposal } from "~/domain/slots/queries.server";
import { copenhagenDate } from "~/domain/shared/working-days";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const valueOf = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const rounds = option("--rounds", 3);
const calls = option("--calls", 5);
const file = path.resolve(args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "tmp/bench-national.db");
type Dashboard = typeof current;
type Before = {
  jobcentreDashboard: Dashboard;
  atRiskBefore?: typeof atRiskWorkList;
  openSlotsWithoutProposal?: typeof openSlotsWithoutProposal;
};
// "first": the memory emptied before each call; "repeat": the same figures asked again.
const versions: [string, Dashboard][] = [
  [
    "first",
    (c, input) => {
      clearDashboardCache(c.db);
      return current(c, input);
    },
  ],
  ["repeat", current],
];
const compare = valueOf("--compare");
const before = compare ? ((await import(path.resolve(compare))) as Before) : null;
if (before) versions.unshift(["before", before.jobcentreDashboard]);
const partsModule = valueOf("--parts");
const profiled = partsModule ? ((await import(path.resolve(partsModule))) as { jobcentreDashboard: Dashboard; PARTS: Record<string, number> }) : null;

const { db, sqlite } = openDatabase(file);
const big = db.get<{ jobcentreId: number }>(sql`select jobcentre_id as jobcentreId from placements group by jobcentre_id order by count(*) desc, jobcentre_id limit 1`).jobcentreId;
const consultants = db.all<{ id: number }>(sql`select id from users where jobcentre_id = ${big} and role = 'consultant' order by id limit 2`);
if (args.includes("--team")) db.run(sql`update users set team = 'Bench team' where id in (${consultants[0]!.id}, ${consultants[1]!.id})`);
sqlite.pragma("query_only = ON");
const actor = actorFor(db, db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, consultants[0]!.id) }).sync()!);
const now = new Date();
const ctx = { db, actor, now };
const today = copenhagenDate(now);
const lastMonthEnd = `${today.slice(0, 7)}-01`;
const customFrom = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
const periods = {
  thisQuarter: periodOf("thisQuarter", today),
  thisYear: periodOf("thisYear", today),
  custom12: { from: customFrom, to: new Date(Date.parse(`${lastMonthEnd}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10) },
};
const scopes = ["jobcentre", "mine", ...(args.includes("--team") || db.get<{ team: string | null }>(sql`select team from users where id = ${actor.userId}`).team ? ["team" as const] : [])] as const;

/** CPU time of this process (user + system), in ms: the machine is shared, so wall time says little. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${path.relative(process.cwd(), file)}: jobcentre ${big}, today ${today}, ${rounds} rounds of ${calls} calls, median CPU ms per call; load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
console.log(`  ${"period, scope".padEnd(34)}${versions.map(([name]) => name.padStart(10)).join("")}`);
for (const [name, period] of Object.entries(periods)) {
  for (const scope of scopes) {
    const input = { ...period, scope };
    const results = versions.map(([, call]) => call(ctx, input));
    if (results.length > 1 && !isDeepStrictEqual(results[0], results[1])) {
      console.error(JSON.stringify(results[0]).slice(0, 2000));
      console.error(JSON.stringify(results[1]).slice(0, 2000));
      throw new Error(`${name} ${scope}: the versions differ`);
    }
    const times = versions.map(() => [] as number[]);
    for (let r = 0; r < rounds; r++) {
      versions.forEach(([, call], v) => {
        const t0 = cpuMs();
        for (let i = 0; i < calls; i++) call(ctx, input);
        times[v]!.push((cpuMs() - t0) / calls);
      });
    }
    console.log(`  ${`${name} (${period.from}…${period.to}), ${scope}`.padEnd(34)}${times.map((t) => median(t).toFixed(1).padStart(10)).join("")}`);
    if (profiled) {
      for (const k of Object.keys(profiled.PARTS)) delete profiled.PARTS[k];
      for (let i = 0; i < rounds * calls; i++) profiled.jobcentreDashboard(ctx, input);
      console.log(`      ${Object.entries(profiled.PARTS).map(([k, ms]) => `${k} ${(ms / (rounds * calls)).toFixed(1)}`).join(", ")}`);
    }
  }
}

// The work lists decision 045 changed, and the start page that counts the open slots without a proposal.
const parts: [string, [string, (c: Ctx) => unknown][]][] = [
  [
    "at risk (whole jobcentre)",
    [
      ...(before?.atRiskBefore ? [["before", (c: Ctx) => before.atRiskBefore!(c, big, undefined, today)] as [string, (c: Ctx) => unknown]] : []),
      ["now", (c: Ctx) => atRiskWorkList(c, big, undefined, today)],
    ],
  ],
  [
    "at risk (mine)",
    [
      ...(before?.atRiskBefore ? [["before", (c: Ctx) => before.atRiskBefore!(c, big, eq(candidates.responsibleUserId, c.actor.userId), today)] as [string, (c: Ctx) => unknown]] : []),
      ["now", (c: Ctx) => atRiskWorkList(c, big, eq(candidates.responsibleUserId, c.actor.userId), today)],
    ],
  ],
  [
    "open slots without a proposal",
    [...(before?.openSlotsWithoutProposal ? [["before", (c: Ctx) => before.openSlotsWithoutProposal!(c, 5)] as [string, (c: Ctx) => unknown]] : []), ["now", (c: Ctx) => openSlotsWithoutProposal(c, 5)]],
  ],
  ["start page (jobcentreWork)", [["now", (c: Ctx) => jobcentreWork(c)]]],
];
console.log(`\n  ${"work list".padEnd(34)}${"before".padStart(10)}${"now".padStart(10)}`);
for (const [name, calls_] of parts) {
  const results = calls_.map(([, call]) => call(ctx));
  if (results.length > 1 && !isDeepStrictEqual(results[0], results[1])) {
    console.error(JSON.stringify(results[0]).slice(0, 2000));
    console.error(JSON.stringify(results[1]).slice(0, 2000));
    throw new Error(`${name}: the versions differ`);
  }
  const times = calls_.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    calls_.forEach(([, call], v) => {
      const t0 = cpuMs();
      for (let i = 0; i < calls; i++) call(ctx);
      times[v]!.push((cpuMs() - t0) / calls);
    });
  }
  const cells = calls_.length === 1 ? ["–".padStart(10), median(times[0]!).toFixed(2).padStart(10)] : times.map((t) => median(t).toFixed(2).padStart(10));
  console.log(`  ${name.padEnd(34)}${cells.join("")}`);
}
console.log(`\nload ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
