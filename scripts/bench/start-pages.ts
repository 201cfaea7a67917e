/**
 * Times the domain calls behind the start pages (the jobcentre's, HR's, the mentor's) and the
 * jobcentre's candidate list with each filter `bench:http` asks for, on a national-size
 * database from `npm run bench:data`, as the bench users of the big city and the chain
 * (decision 040). Read-only. Each call is repeated `--calls` times a round, `--rounds` rounds;
 * printed per call: the median CPU ms of the process (what the call costs, less disturbed by the
 * other work on a shared machine than the wall clock) and the median wall ms, with the load average.
 *
 *   npx tsx scripts/bench/start-pages.ts [file] [--rounds 5] [--calls 20] [--only <text>]
 */
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Ctx } from "~/domain/actor";
import { expiringConsents, jobcentreStaff, listCandidates } from "~/domain/candidates/candidate-list.server";
import { getOwnCompany, listWorkplaces, openWorkplacesHead } from "~/domain/companies/queries.server";
import { contactCardFor } from "~/domain/jobcentres/queries.server";
import { jobcentreWork } from "~/domain/jobcentres/work.server";
import { dueStatusTasks } from "~/domain/placements/ending-queries.server";
import { listFollowUps } from "~/domain/placements/follow-up-list.server";
import { keptAttention } from "~/domain/placements/attention-kept.server";
import { placementsNeedingAttention } from "~/domain/placements/progress.server";
import { activePlacementCount, companyPlacementResults } from "~/domain/placements/start-counts.server";
import { publishedStories } from "~/domain/placements/story-queries.server";
import { companyWaitingCount, companyWaitingProposals } from "~/domain/proposals/company-waiting.server";
import { slotStatusCounts } from "~/domain/slots/queries.server";
import { hoursRelieved } from "~/domain/tasks/queries.server";
import { jobcentreTeams } from "~/domain/users/teams.server";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { BENCH_USERS } from "./http/pages";
import { benchArgs, openReadOnly } from "./read-only";

const args = process.argv.slice(2);
const { option, file } = benchArgs(args, "tmp/bench-national.db");
const rounds = Number(option("--rounds") ?? 5);
const calls = Number(option("--calls") ?? 20);
const only = option("--only");

const { db, sqlite, ctxOf } = openReadOnly(file);
const consultant = ctxOf(BENCH_USERS.consultant);
const admin = ctxOf(BENCH_USERS.admin);
const hr = ctxOf(BENCH_USERS.hr);
const mentor = ctxOf(BENCH_USERS.mentor);
const team = jobcentreTeams(consultant)[0];
const postcode = db.get<{ postcode: string }>(
  `select w.postcode from workplaces w join users u on u.company_id = w.company_id where u.email = '${BENCH_USERS.hr}' order by w.id limit 1`,
).postcode;
const candidates = (search: string) => {
  const filters = parseCandidateFilters(new URLSearchParams(search));
  return () => listCandidates(consultant, filters);
};
const companyStart = (ctx: Ctx) => ({
  "own company": () => getOwnCompany(ctx),
  "workplaces (before decision 050)": () => listWorkplaces(ctx, getOwnCompany(ctx).id, { includeClosed: false }),
  "first ten open workplaces": () => openWorkplacesHead(ctx, 10),
  "contact card": () => contactCardFor(ctx),
  "hours relieved": () => hoursRelieved(ctx, getOwnCompany(ctx).id),
  "slot counts": () => slotStatusCounts(ctx),
  "waiting count": () => companyWaitingCount(ctx),
  "oldest waiting": () => companyWaitingProposals(ctx),
  "active placements": () => activePlacementCount(ctx),
  results: () => companyPlacementResults(ctx),
  "follow-ups to do (first 5)": () => listFollowUps(ctx, { page: 1, view: "todo" }, 5),
  attention: () => placementsNeedingAttention(ctx),
  "the same, repeat view in memory": () => keptAttention(ctx),
  stories: () => publishedStories(ctx),
});

const CALLS: [string, Record<string, () => unknown>][] = [
  [
    "consultant: start",
    {
      jobcentreWork: () => jobcentreWork(consultant),
      placementsNeedingAttention: () => placementsNeedingAttention(consultant),
      "the same, repeat view in memory": () => keptAttention(consultant),
      dueStatusTasks: () => dueStatusTasks(consultant),
    },
  ],
  ["admin: start", { jobcentreWork: () => jobcentreWork(admin), placementsNeedingAttention: () => placementsNeedingAttention(admin), dueStatusTasks: () => dueStatusTasks(admin) }],
  ["HR: start (the chain)", companyStart(hr)],
  ["mentor: start (the chain)", companyStart(mentor)],
  [
    "consultant: candidates",
    {
      "first page": candidates(""),
      "last page": candidates("page=320"),
      "text search": candidates("q=kandidat 1"),
      "consent + no open proposal": candidates("consent=valid&noOpenProposal=1"),
      "near a postcode": candidates(`postcode=${postcode}&radius=10`),
      "mine by hours": candidates(`responsible=${consultant.actor.userId}&sort=hours`),
      ...(team ? { [`team "${team}"`]: candidates(`team=${encodeURIComponent(team)}`), [`team by consent`]: candidates(`team=${encodeURIComponent(team)}&sort=consent`) } : {}),
      "sorted by consent": candidates("sort=consent"),
      "updated, last page": candidates("sort=updated&page=320"),
      "the page's staff": () => jobcentreStaff(consultant),
      "the page's teams": () => jobcentreTeams(consultant),
      "expiring consents": () => expiringConsents(consultant),
    },
  ],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${path.relative(process.cwd(), file)}: ${rounds} rounds of ${calls} calls, median ms per call (CPU, wall); load average at the start ${os.loadavg()[0]!.toFixed(1)}\n`);
for (const [page, fns] of CALLS) {
  const entries = Object.entries(fns).filter(([label]) => !only || `${page}: ${label}`.includes(only));
  if (entries.length === 0) continue;
  console.log(page);
  for (const [label, fn] of entries) {
    const result = fn();
    const size = Array.isArray(result) ? result.length : result && typeof result === "object" && "total" in result ? (result as { total: number }).total : "";
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < calls; i++) fn();
      wall.push((performance.now() - t0) / calls);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000 / calls);
    }
    console.log(`  ${label.padEnd(34)} ${String(size).padStart(6)} ${median(cpu).toFixed(2).padStart(9)} ${median(wall).toFixed(2).padStart(9)}`);
  }
}
console.log(`\nload average at the end: ${os.loadavg()[0]!.toFixed(1)}`);
sqlite.close();
