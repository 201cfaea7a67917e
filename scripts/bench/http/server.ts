import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { SERVER_ENTRY } from "../../server-entry";

/** The environment `npm start` sets before `node build/start.js` (the malloc settings, decision 041). */
export function startScriptEnv(): Record<string, string> {
  const start = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
  return Object.fromEntries([...start.matchAll(/\b([A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]]));
}

export interface RunningServer {
  origin: string;
  pid: number;
  rssMb(): number;
  /** The server process's CPU time so far (all its threads, user + system), in ms, to the nanosecond. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * The production build as `npm start` runs it (`node build/start.js`, decision 089), with the
 * start script's environment. Scheduled jobs are off: they would add their own work to the figures.
 */
export async function startServer(options: { database: string; port: number }): Promise<RunningServer> {
  if (!fs.existsSync("build/server/index.js") || !fs.existsSync(SERVER_ENTRY)) throw new Error("No production build: run `npm run build` first.");
  const origin = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(process.execPath, [SERVER_ENTRY], {
    env: { ...process.env, ...startScriptEnv(), NODE_ENV: "production", DATABASE_PATH: options.database, PORT: String(options.port), HOST: "127.0.0.1", PUBLIC_ORIGIN: origin, JOBS: "off" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const pid = child.pid!;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || i > 600) throw new Error(`The server did not start on ${origin}.`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    pid,
    rssMb: () => {
      const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
      return line ? Math.round(Number(line[1]) / 1024) : NaN;
    },
    cpuMs: threadsCpuMs(pid),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * A process's CPU time from its threads' scheduler statistics (`/proc/<pid>/task/<tid>/schedstat`:
 * the first field is the time on a CPU in ns). `/proc/<pid>/stat` counts in 10-ms ticks, a
 * quarter of a floor page's five requests; this counts to the ns. Each thread's time is added as
 * it grows, so a thread that ends (a worker of V8's or libuv's) takes nothing back with it.
 */
export function threadsCpuMs(pid: number): () => number {
  const seen = new Map<string, number>();
  let total = 0;
  return () => {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      let ns: number;
      try {
        ns = Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
      } catch {
        continue; // ended between the listing and the read
      }
      total += ns - (seen.get(tid) ?? 0);
      seen.set(tid, ns);
    }
    return total / 1e6;
  };
}
