/**
 * The HTTP benchmark of issue 10: the production build on the national-size database, every
 * list and start page per role, each measured right after the floor page (the accessibility
 * statement) at 10 and 50 connections; req/s, p50, p97.5 and the ratio to the floor; the
 * server's RSS idle, after the load and after 60 s idle; the JS and CSS each page downloads.
 *
 *   npm run build && npm run bench:http [-- --only board] [--seconds 5] [--soak 600]
 *   npm run bench:http -- --check      each page once: status, time, HTML size as sent and gzipped
 *   npm run bench:http -- --cpu 50     the server's CPU per request, one at a time, beside the floor
 *
 * BENCH_DATABASE (default tmp/bench-national.db) is made by `npm run bench:data` if missing.
 * The load generator runs on the same machine: on 2 cores it takes part of the CPU, so compare
 * pages with the floor of the same run, not runs with each other.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import zlib from "node:zlib";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { SESSION_COOKIE } from "~/auth/cookie.server";
import { createSession } from "~/auth/session.server";
import { openDatabase } from "~/db/client.server";
import { pageWeights } from "./bench/bundle";
import { benchPages, BROWSER_ACCEPT_ENCODING, FLOOR, ownFloor, type BenchPage } from "./bench/http/pages";
import { deepAuditPath } from "./bench/http/deep-audit";
import { startServer } from "./bench/http/server";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const seconds = Number(option("seconds") ?? 4);
const soak = Number(option("soak") ?? 0);
const only = option("only");
// `--connections 0` skips the measurements (a soak alone).
const connectionsList = (option("connections") ?? "10,50").split(",").map(Number).filter((n) => n > 0);
const database = process.env.BENCH_DATABASE ?? "tmp/bench-national.db";
const port = Number(process.env.BENCH_PORT ?? 3124);

if (!fs.existsSync(database)) execFileSync("npx", ["tsx", "scripts/bench-data.ts", database], { stdio: "inherit" });

// A session per bench user, made by the portal's own session code, as the e2e tests sign in.
const cookies = new Map<string, string>();
const { db, sqlite } = openDatabase(database);
const readonly = new Database(database, { readonly: true });
// `--only "a|b"`: the pages whose label or address holds any of the parts.
const onlyParts = only?.split("|");
const pages = benchPages(readonly, deepAuditPath).filter((p) => !onlyParts || onlyParts.some((part) => p.label.includes(part) || p.path.includes(part)));
for (const email of new Set(pages.map((p) => p.as).filter((e): e is string => e !== null))) {
  const user = readonly.prepare("select id from users where email = ?").get(email) as { id: number } | undefined;
  if (!user) throw new Error(`${email} is not in ${database}: run npm run bench:data again.`);
  cookies.set(email, `${SESSION_COOKIE}=${createSession(db, user.id, new Date()).token}`);
}
readonly.close();
sqlite.close();

const weights = new Map(pageWeights().map((w) => [w.route, w]));
const server = await startServer({ database, port });
// A failed run must not leave its server holding the port (and its memory) for the next run.
process.on("exit", () => {
  try {
    process.kill(server.pid, "SIGTERM");
  } catch {
    // already stopped
  }
});
const kb = (n: number) => (n / 1024).toFixed(0);

let soakFailures = 0;
async function load(page: BenchPage, connections: number, duration = seconds, soaking = false) {
  const headers: Record<string, string> = { "accept-encoding": BROWSER_ACCEPT_ENCODING };
  if (page.as) headers.cookie = cookies.get(page.as)!;
  // A page that answers with an error or a redirect to the login is not measured, it is a failed run.
  const check = await fetch(server.origin + page.path, { headers, redirect: "manual" });
  if (check.status !== 200) throw new Error(`${page.label} (${page.path}) answered ${check.status}`);
  const r = await autocannon({ url: server.origin + page.path, connections, duration, headers });
  // A soak keeps going through a saturated server's slow answers and counts them instead.
  if (soaking) soakFailures += r.non2xx + r.errors + r.timeouts;
  else if (r.non2xx || r.errors || r.timeouts) throw new Error(`${page.label}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  return { rps: r.requests.average, p50: r.latency.p50, p975: r.latency.p97_5 };
}

console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GB; node ${process.version}; load average at start ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}`);
console.log(`Database: ${database}; ${seconds} s per measurement\n`);
if (args.includes("--check")) {
  // Each page once, to see that every address answers before a long run; with the size of its
  // HTML as sent and gzipped (the page's data, its messages among them, travel inside it).
  console.log("status".padEnd(6), "time".padStart(8), "HTML KB".padStart(8), "gzip KB".padStart(8), " page");
  for (const page of [FLOOR, ...pages]) {
    const headers: Record<string, string> = page.as ? { cookie: cookies.get(page.as)! } : {};
    const started = performance.now();
    const response = await fetch(server.origin + page.path, { headers, redirect: "manual" });
    const html = Buffer.from(await response.arrayBuffer());
    const line = [String(response.status).padEnd(6), `${(performance.now() - started).toFixed(0)} ms`.padStart(8), kb(html.length).padStart(8), kb(zlib.gzipSync(html).length).padStart(8)];
    console.log(...line, "", page.label);
  }
  await server.stop();
  process.exit(0);
}
const cpuRuns = Number(option("cpu") ?? 0);
if (cpuRuns > 0) {
  // The server's own CPU per request, one request at a time (no load generator competing for the
  // cores): each page's N requests alternated with N of the floor and N of the floor signed in as
  // the page's user, in rounds of five, after ten of each not counted (a page's first answers
  // compile its code and fill its kept statements and totals: the goal is about the steady state).
  const cpuPerRequest = async (page: BenchPage, n: number) => {
    const headers: Record<string, string> = { "accept-encoding": BROWSER_ACCEPT_ENCODING, ...(page.as ? { cookie: cookies.get(page.as)! } : {}) };
    const before = server.cpuMs();
    for (let i = 0; i < n; i++) {
      const response = await fetch(server.origin + page.path, { headers, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${page.label} (${page.path}) answered ${response.status}`);
    }
    return server.cpuMs() - before;
  };
  await cpuPerRequest(FLOOR, 20); // warm-up
  console.log("server CPU ms per request".padEnd(44), "page".padStart(7), "floor".padStart(7), "own fl.".padStart(7), "× floor".padStart(8), "× own".padStart(7));
  for (const page of pages) {
    let pageMs = 0;
    let floorMs = 0;
    let ownMs = 0;
    await cpuPerRequest(ownFloor(page), 10);
    await cpuPerRequest(page, 10);
    for (let done = 0; done < cpuRuns; done += 5) {
      const n = Math.min(5, cpuRuns - done);
      floorMs += await cpuPerRequest(FLOOR, n);
      ownMs += await cpuPerRequest(ownFloor(page), n);
      pageMs += await cpuPerRequest(page, n);
    }
    const per = (ms: number) => (ms / cpuRuns).toFixed(1).padStart(7);
    console.log(page.label.slice(0, 44).padEnd(44), per(pageMs), per(floorMs), per(ownMs), (pageMs / floorMs).toFixed(2).padStart(8), (pageMs / ownMs).toFixed(2).padStart(7));
  }
  await server.stop();
  process.exit(0);
}
await load(FLOOR, 10, 2); // warm-up: modules, statement cache, postcode table
const rssIdle = server.rssMb();
const rows: string[] = [];
for (const connections of connectionsList) {
  console.log(`${connections} connections`.padEnd(44), "req/s".padStart(7), "p50 ms".padStart(7), "p97.5".padStart(7), "floor r/s".padStart(10), "× floor".padStart(8), "own r/s".padStart(8), "× own".padStart(6), "JS gz".padStart(6), "CSS gz".padStart(7));
  for (const page of pages) {
    // The page beside the anonymous floor and the floor signed in as the page's user (ownFloor).
    const floor = await load(FLOOR, connections);
    const own = page.as === null ? floor : await load(ownFloor(page), connections);
    const m = await load(page, connections);
    const w = weights.get(page.route);
    const line = [
      page.label.slice(0, 44).padEnd(44),
      m.rps.toFixed(0).padStart(7),
      String(m.p50).padStart(7),
      String(m.p975).padStart(7),
      floor.rps.toFixed(0).padStart(10),
      (floor.rps / m.rps).toFixed(2).padStart(8),
      own.rps.toFixed(0).padStart(8),
      (own.rps / m.rps).toFixed(2).padStart(6),
      (w ? kb(w.jsGz) : "?").padStart(6),
      (w ? kb(w.cssGz) : "?").padStart(7),
    ].join(" ");
    console.log(line);
    rows.push(line);
  }
  console.log();
}
if (soak > 0) {
  console.log(`Soak: every page in turn at 50 connections for ${soak} s in all…`);
  const each = Math.max(1, Math.floor(soak / pages.length));
  for (const page of pages) await load(page, 50, each, true);
  console.log(`Soak done: ${soakFailures} requests timed out or failed (the heaviest pages under 50 connections); load average ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}`);
}
const rssLoaded = server.rssMb();
console.log(`Server RSS: idle ${rssIdle} MB, after the load ${rssLoaded} MB; waiting 60 s…`);
await new Promise((r) => setTimeout(r, 60_000));
console.log(`Server RSS after 60 s idle: ${server.rssMb()} MB (load average ${os.loadavg().map((n) => n.toFixed(1)).join(" ")})`);
await server.stop();
