/**
 * Times the list queries decisions 044 and 049 changed, old shape against new, at the big city of a
 * national-size database (`npm run bench:data`, migrated): the jobcentre's and HR's follow-ups
 * across placements, the placements at risk and of a team, the candidates sorted by consent and
 * HR's placement page. Each pair is alternated call by call in the same run, so the shared
 * machine's load falls on both alike; printed: median CPU ms per call of each, and whether both
 * gave the same rows. `--explain` prints the query plan of every distinct statement of the new
 * shapes instead. Read-only.
 *
 *   npx tsx scripts/bench/lists.ts [file] [--rounds 5] [--calls 10] [--only <text>] [--explain]
 */
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { inArray } from "drizzle-orm";
import { candidates } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { listCandidates } from "~/domain/candidates/candidate-list.server";
import { listFollowUps } from "~/domain/placements/follow-up-list.server";
import { listPlacements, type PlacementListFilters } from "~/domain/placements/queries.server";
import type { FollowUpView } from "~/domain/placements/vocabulary";
import { jobcentreTeams, teamMemberIds } from "~/domain/users/teams.server";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { BENCH_USERS } from "./http/pages";
import { benchArgs, openReadOnly } from "./read-only";
import { listPlacementsBefore } from "./lists/placements-before";
import { atRiskIds, consentSortIdsAfter, consentSortIdsBefore, listFollowUpsBefore, placementPageReadsAfter, placementPageReadsBefore } from "./lists/before";

const args = process.argv.slice(2);
const { option, file } = benchArgs(args, "tmp/national.db");
const rounds = Number(option("--rounds") ?? 5);
const calls = Number(option("--calls") ?? 10);
const only = option("--only");
const explain = args.includes("--explain");

const { sqlite, ctxOf } = openReadOnly(file);
const consultant = ctxOf(BENCH_USERS.consultant);
const admin = ctxOf(BENCH_USERS.admin);
const hr = ctxOf(BENCH_USERS.hr);
const team = jobcentreTeams(consultant)[0] ?? "Team Nord";
const teamStaff = inArray(candidates.responsibleUserId, teamMemberIds(consultant, consultant.actor.jobcentreId!, team));
const placement = sqlite
  .prepare("select p.id as id from placements p join follow_ups f on f.placement_id = p.id where p.company_id = ? and p.status = 'active' group by p.id order by count(*) desc, p.id limit 1")
  .get(hr.actor.companyId) as { id: number };

const placementPages: [string, { page: number } & PlacementListFilters][] = [
  ["", { page: 1 }],
  [", last page", { page: 400 }],
  [", completed", { page: 1, status: "completed" }],
  [", reached 13 weeks", { page: 1, reached13Weeks: true }],
  [", at risk", { page: 1, atRisk: true }],
  [` of ${team}`, { page: 1, team }],
  [", mine", { page: 1, responsible: consultant.actor.userId }],
];

type Pair = { label: string; before?: () => unknown; after: () => unknown; same?: (a: unknown, b: unknown) => boolean };
const followUps = (ctx: Ctx, who: string, view: FollowUpView, page = 1): Pair => ({
  label: `${who}: follow-ups ${view}${page > 1 ? `, page ${page}` : ""}`,
  before: () => listFollowUpsBefore(ctx, { page, view }),
  after: () => {
    const p = listFollowUps(ctx, { page, view });
    return { rows: p.rows, total: p.total };
  },
});
const PAIRS: Pair[] = [
  ...(["todo", "overdue", "upcoming", "all", "submitted"] as const).map((view) => followUps(consultant, "consultant", view)),
  followUps(admin, "admin", "todo"),
  followUps(consultant, "consultant", "all", 200),
  ...(["todo", "overdue", "all", "submitted"] as const).map((view) => followUps(hr, "HR (the chain)", view)),
  { label: "consultant: placements at risk (count + ids)", before: () => atRiskIds(consultant, false), after: () => atRiskIds(consultant, true) },
  // The placement list's pages, decision 049 against the list before it (scripts/bench/lists/placements-before.ts).
  ...placementPages.map(([what, filters]) => ({
    label: `consultant: placements${what}`,
    before: () => listPlacementsBefore(consultant, filters),
    after: () => listPlacements(consultant, filters),
    same: sameWithFlagKinds,
  })),
  { label: "consultant: candidates by consent (count + ids)", before: () => consentSortIdsBefore(consultant, undefined), after: () => consentSortIdsAfter(consultant, undefined), same: sameTotal },
  { label: "consultant: candidates by consent, page 300", before: () => consentSortIdsBefore(consultant, undefined, 300), after: () => consentSortIdsAfter(consultant, undefined, 300), same: sameTotal },
  { label: `consultant: ${team} by consent (count + ids)`, before: () => consentSortIdsBefore(consultant, teamStaff), after: () => consentSortIdsAfter(consultant, teamStaff), same: sameTotal },
  { label: "consultant: candidates by consent (the page)", after: () => listCandidates(consultant, parseCandidateFilters(new URLSearchParams("sort=consent"))) },
  { label: `HR: a placement's follow-ups and adjustments (${placement.id})`, before: () => placementPageReadsBefore(hr, placement.id), after: () => placementPageReadsAfter(hr, placement.id) },
];

/** The placement list's rows carry their flags' kinds now (decision 049), the same rows and total otherwise. */
function sameWithFlagKinds(before: unknown, after: unknown) {
  const b = before as { rows: { flags: { kind: string }[] }[] };
  const kinds = { ...b, rows: b.rows.map((r) => ({ ...r, flags: r.flags.map((f) => ({ kind: f.kind })) })) };
  return isDeepStrictEqual(kinds, after);
}

/** Withdrawn consents sort last now (decision 044): the page's ids may differ where they were; the totals may not. */
function sameTotal(a: unknown, b: unknown) {
  return (a as { total: number }).total === (b as { total: number }).total;
}

const cpuMs = (fn: () => unknown) => {
  const c0 = process.cpuUsage();
  for (let i = 0; i < calls; i++) fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / calls;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const chosen = PAIRS.filter((p) => !only || p.label.includes(only));

if (explain) {
  // Every distinct statement the new shapes prepare, with its plan.
  const seen = new Set<string>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    if (!seen.has(source) && /^\s*select/i.test(source)) {
      seen.add(source);
      const statement = prepare(source);
      const plan = (params: unknown[]) => (prepare(`explain query plan ${source}`).all(...params) as { detail: string }[]).map((r) => `    ${r.detail}`).join("\n");
      const wrap = <T extends (...a: unknown[]) => unknown>(f: T) => ((...params: unknown[]) => (console.log(`  ${source.slice(0, 400)}\n${plan(params)}`), f(...params))) as T;
      return Object.assign(statement, { all: wrap(statement.all.bind(statement)), get: wrap(statement.get.bind(statement)) });
    }
    return prepare(source);
  }) as typeof sqlite.prepare;
  for (const p of chosen) {
    console.log(p.label);
    p.after();
  }
  process.exit(0);
}

console.log(`${path.relative(process.cwd(), file)}: ${rounds} rounds of ${calls} calls each, before and after alternating; median CPU ms per call; load average at the start ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
console.log(`${"".padEnd(58)} ${"before".padStart(8)} ${"after".padStart(8)}  same`);
for (const p of chosen) {
  const after = p.after();
  const before = p.before?.();
  const same = p.before ? ((p.same ?? isDeepStrictEqual)(JSON.parse(JSON.stringify(before)), JSON.parse(JSON.stringify(after))) ? "yes" : "NO") : "";
  const b: number[] = [];
  const a: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (p.before) b.push(cpuMs(p.before));
    a.push(cpuMs(p.after));
  }
  console.log(`${p.label.padEnd(58)} ${(p.before ? median(b).toFixed(2) : "").padStart(8)} ${median(a).toFixed(2).padStart(8)}  ${same}`);
}
console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
sqlite.close();
