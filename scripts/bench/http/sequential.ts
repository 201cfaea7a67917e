/**
 * One request at a time through the production build (decision 040): the start pages and the
 * candidate list, each 15 times in turn with the floor (the first three rounds warm up), the
 * median ms and the multiple of the floor. For a machine too loaded for autocannon's figures
 * (`bench:http`) to mean anything: sequential requests are disturbed less.
 *
 * With `--dashboard`: the jobcentre dashboards instead, each as a first view (the bench raises
 * the jobcentre's dashboard version just before, as a command elsewhere would, so the server
 * computes it afresh) and as a repeat view (served from memory; decision 045).
 *
 *   npx remix vite:build && npx tsx scripts/bench/http/sequential.ts [file] [--dashboard | --lists] (BENCH_PORT, default 3124)
 */
import { SESSION_COOKIE } from "~/auth/cookie.server";
import { createSession } from "~/auth/session.server";
import { openDatabase } from "~/db/client.server";
import { startServer } from "./server";
const fileArg = process.argv.slice(2).find((a) => !a.startsWith("--"));
const dashboards = process.argv.includes("--dashboard");
const database = fileArg ?? process.env.BENCH_DATABASE ?? "tmp/bench-national.db";
const { db, sqlite } = openDatabase(database);
const cookie = (email: string) => {
  const u = sqlite.prepare("select id from users where email = ?").get(email) as { id: number };
  return `${SESSION_COOKIE}=${createSession(db, u.id, new Date()).token}`;
};
const at = (l: string) => `${l}@bench.fodfaeste.dk`;
type Page = [string, string, string | null];
// The consultant's jobcentre: a first view raises its dashboard version just before the request.
const jobcentreId = (sqlite.prepare("select jobcentre_id as j from users where email = ?").get(at("konsulent1.jc1")) as { j: number }).j;
const bump = sqlite.prepare("insert into dashboard_versions (jobcentre_id, version) values (?, 1) on conflict (jobcentre_id) do update set version = version + 1");
const dashboardPages: Page[] = [
  ["dashboard this quarter", "/jobcentre/dashboard?period=thisQuarter&scope=jobcentre"],
  ["dashboard this year", "/jobcentre/dashboard?period=thisYear&scope=jobcentre"],
  ["dashboard this year, mine", "/jobcentre/dashboard?period=thisYear&scope=mine"],
  ["dashboard this quarter, team", "/jobcentre/dashboard?period=thisQuarter&scope=team"],
].flatMap(([label, path]): Page[] => {
  const c = cookie(at("konsulent1.jc1"));
  return [
    [`${label}, first`, path!, c],
    [`${label}, repeat`, path!, c],
  ];
});
const pages: Page[] = dashboards ? [["floor", "/accessibility", null], ...dashboardPages] : [
  ["floor", "/accessibility", null],
  ["HR start", "/company", cookie(at("hr.c1"))],
  ["mentor start", "/company", cookie(at("mentor.c1"))],
  ["HR tasks", "/company/tasks", cookie(at("hr.c1"))],
  ["consultant start", "/jobcentre", cookie(at("konsulent1.jc1"))],
  ["admin start", "/jobcentre", cookie(at("admin.jc1"))],
  ["candidates", "/jobcentre/candidates", cookie(at("konsulent1.jc1"))],
  ["candidates consent+no proposal", "/jobcentre/candidates?consent=valid&noOpenProposal=1", cookie(at("konsulent1.jc1"))],
  ["candidates team by consent", "/jobcentre/candidates?team=Team%20Nord&sort=consent", cookie(at("konsulent1.jc1"))],
];
// `--lists`: the lists of decision 044 instead (follow-ups across placements, at risk, the consent sort).
const lists: [string, string, string | null][] = [
  ["floor", "/accessibility", null],
  ["follow-ups to do", "/jobcentre/follow-ups", cookie(at("konsulent1.jc1"))],
  ["follow-ups overdue", "/jobcentre/follow-ups?view=overdue", cookie(at("konsulent1.jc1"))],
  ["follow-ups sent", "/jobcentre/follow-ups?view=submitted", cookie(at("konsulent1.jc1"))],
  ["follow-ups all", "/jobcentre/follow-ups?view=all", cookie(at("konsulent1.jc1"))],
  ["HR follow-ups to do", "/company/follow-ups", cookie(at("hr.c1"))],
  ["HR follow-ups sent", "/company/follow-ups?view=submitted", cookie(at("hr.c1"))],
  ["placements at risk", "/jobcentre/placements?atRisk=1", cookie(at("konsulent1.jc1"))],
  ["placements of a team", "/jobcentre/placements?team=Team%20Nord", cookie(at("konsulent1.jc1"))],
  ["candidates by consent", "/jobcentre/candidates?sort=consent", cookie(at("konsulent1.jc1"))],
];
if (process.argv.includes("--lists")) pages.splice(0, pages.length, ...lists);
const server = await startServer({ database, port: Number(process.env.BENCH_PORT ?? 3124) });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const times = new Map<string, number[]>();
for (let round = 0; round < 15; round++) {
  for (const [label, path, c] of pages) {
    if (label.endsWith(", first")) bump.run(jobcentreId);
    const t0 = performance.now();
    const r = await fetch(server.origin + path, { headers: c ? { cookie: c } : {} });
    const body = await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${label} ${r.status}`);
    if (round > 2) times.set(label, [...(times.get(label) ?? []), performance.now() - t0]);
    if (round === 0) console.log(label.padEnd(34), `${Math.round(body.byteLength / 1024)} KB of HTML`);
  }
}
const floor = median(times.get("floor")!);
for (const [label] of pages) console.log(label.padEnd(34), median(times.get(label)!).toFixed(1).padStart(7), "ms", (median(times.get(label)!) / floor).toFixed(1).padStart(5), "× floor");
console.log("load average", (await import("node:os")).loadavg()[0]!.toFixed(1));
await server.stop();
sqlite.close();
process.exit(0);
