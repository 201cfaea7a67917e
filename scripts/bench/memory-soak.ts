/**
 * Where the server's memory goes under a load and whether it comes back (decision 041): the
 * production build on the national database, every page of `bench:http` in turn at 50
 * connections for --soak seconds, then 60 s idle; every 10 s the server's RSS (anonymous and
 * file-backed, from /proc), its CPU time (a server that is still busy is not idle) and the load
 * average. The server logs its heap split itself (FODFAESTE_MEMORY_LOG=15).
 *
 *   npm run build && npx tsx scripts/bench/memory-soak.ts [--soak 120] [--each 2] [--trim]
 *
 * --trim ends by calling glibc's malloc_stats() and malloc_trim(0) in the server with gdb: what
 * glibc keeps without using. --snap writes V8 heap snapshots (idle, and 60 s after) into the
 * working directory; each costs the server 100+ MB of native memory, so compare them, not RSS.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { SESSION_COOKIE } from "~/auth/cookie.server";
import { createSession } from "~/auth/session.server";
import { openDatabase } from "~/db/client.server";
import { deepAuditPath } from "./http/deep-audit";
import { benchPages, BROWSER_ACCEPT_ENCODING, FLOOR, type BenchPage } from "./http/pages";
import { startServer } from "./http/server";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const soak = Number(option("soak") ?? 120);
const each = Number(option("each") ?? 2);
const database = process.env.BENCH_DATABASE ?? "tmp/bench-national.db";
const port = Number(process.env.BENCH_PORT ?? 3124);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const cookies = new Map<string, string>();
const { db, sqlite } = openDatabase(database);
const readonly = new Database(database, { readonly: true });
const pages = benchPages(readonly, deepAuditPath);
for (const email of new Set(pages.map((p) => p.as).filter((e): e is string => e !== null))) {
  const user = readonly.prepare("select id from users where email = ?").get(email) as { id: number };
  cookies.set(email, `${SESSION_COOKIE}=${createSession(db, user.id, new Date()).token}`);
}
readonly.close();
sqlite.close();

process.env.FODFAESTE_MEMORY_LOG ??= "15";
if (args.includes("--snap")) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --heapsnapshot-signal=SIGUSR2`;
const server = await startServer({ database, port });
process.on("exit", () => {
  try {
    process.kill(server.pid, "SIGTERM");
  } catch {
    // already stopped
  }
});

const started = Date.now();
const mb = (kb: number) => Math.round(kb / 1024);
function state(): string {
  const rollup = fs.readFileSync(`/proc/${server.pid}/smaps_rollup`, "utf8");
  const kb = (key: string) => Number(rollup.match(new RegExp(`^${key}:\\s+(\\d+)`, "m"))?.[1] ?? NaN);
  const stat = fs.readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const cpu = (Number(stat[11]) + Number(stat[12])) / 100; // utime + stime (fields 14, 15), 100 ticks a second
  return `rss ${mb(kb("Rss"))} MB (anonymous ${mb(kb("Anonymous"))}), server CPU ${cpu.toFixed(1)} s, load ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}`;
}
const log = (text: string) => console.log(`[${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s] ${text}`);

let requests = 0;
let failed = 0;
async function load(page: BenchPage, connections: number, duration: number) {
  const headers: Record<string, string> = { "accept-encoding": BROWSER_ACCEPT_ENCODING };
  if (page.as) headers.cookie = cookies.get(page.as)!;
  const r = await autocannon({ url: server.origin + page.path, connections, duration, headers });
  requests += r.requests.total;
  failed += r.non2xx + r.errors + r.timeouts;
}

await load(FLOOR, 10, 2);
await sleep(5_000);
log(`idle: ${state()}`);
if (args.includes("--snap")) {
  process.kill(server.pid, "SIGUSR2");
  await sleep(15_000);
}
const end = Date.now() + soak * 1000;
for (let i = 0; Date.now() < end; i++) {
  await load(pages[i % pages.length]!, 50, each);
  if (i % 10 === 9) log(`load: ${state()}`);
}
log(`right after: ${state()}; ${requests} answered within the runs, ${failed} failed`);
for (let i = 0; i < 6; i++) {
  await sleep(10_000);
  log(`+${Math.round((Date.now() - end) / 1000)} s: ${state()}`);
}
if (args.includes("--snap")) {
  process.kill(server.pid, "SIGUSR2");
  await sleep(20_000);
}
if (args.includes("--trim")) {
  const gdb = ["-p", String(server.pid), "-batch", "-ex", "call (void)malloc_stats()", "-ex", "call (int)malloc_trim(0)"];
  execFileSync("gdb", gdb, { stdio: ["ignore", "ignore", "inherit"] });
  await sleep(1_000);
  log(`after malloc_trim(0): ${state()}`);
}
await server.stop();
