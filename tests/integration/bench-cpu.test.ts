import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { threadsCpuMs } from "../../scripts/bench/http/server";

/** A child that spins for `ms` of wall time, then waits to be stopped. */
function spinner(ms: number) {
  const child = spawn(process.execPath, ["-e", `const end = Date.now() + ${ms}; while (Date.now() < end); console.log("done"); setInterval(() => {}, 1000);`], { stdio: ["ignore", "pipe", "inherit"] });
  const done = new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
  return { child, done };
}

describe("the benchmark's CPU counter", () => {
  it("counts a process's busy time to well under a 10-ms tick, and never goes back", async () => {
    const { child, done } = spinner(300);
    const cpu = threadsCpuMs(child.pid!);
    const readings = [cpu()];
    await done;
    readings.push(cpu());
    await new Promise((r) => setTimeout(r, 50));
    readings.push(cpu());
    child.kill();
    // At least most of the 300 ms spin (a loaded machine may give it less than a whole core, so
    // the spin is measured against wall time, not exactly) and never a decrease.
    expect(readings[1]! - readings[0]!).toBeGreaterThan(100);
    expect(readings[1]! - readings[0]!).toBeLessThan(2_000);
    expect(readings[2]!).toBeGreaterThanOrEqual(readings[1]!);
    // Not rounded to ticks: a reading has fractions of a millisecond.
    expect(readings.some((r) => r % 10 !== 0)).toBe(true);
  });
});
