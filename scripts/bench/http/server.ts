import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

/** The environment `npm start` sets before `tsx server.ts` (the malloc settings, decision 041). */
export function startScriptEnv(): Record<string, string> {
  const start = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
  return Object.fromEntries([...start.matchAll(/\b([A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]]));
}

/** Linux's USER_HZ: /proc counts CPU time in ticks of 1/100 s on every common platform. */
const CLOCK_TICKS = 100;

export interface RunningServer {
  origin: string;
  pid: number;
  rssMb(): number;
  /** The server process's CPU time so far (user + system), in ms; the kernel counts in 10-ms ticks. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * The production build as `npm start` runs it, but as one node process (no tsx wrapper), so
 * its RSS is the server's own. Scheduled jobs are off: they would add their own work to the figures.
 */
export async function startServer(options: { database: string; port: number }): Promise<RunningServer> {
  if (!fs.existsSync("build/server/index.js")) throw new Error("No production build: run `npm run build` first.");
  const origin = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
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
    cpuMs: () => {
      // /proc/<pid>/stat: the fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
