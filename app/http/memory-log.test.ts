import { afterEach, describe, expect, it, vi } from "vitest";
import { memoryLine, startMemoryLog } from "./memory-log.server";

afterEach(() => vi.useRealTimers());

describe("the memory log for load tests", () => {
  it("is off unless FODFAESTE_MEMORY_LOG gives a number of seconds", () => {
    expect(startMemoryLog({})).toBeUndefined();
    expect(startMemoryLog({ FODFAESTE_MEMORY_LOG: "no" })).toBeUndefined();
    expect(startMemoryLog({ FODFAESTE_MEMORY_LOG: "0" })).toBeUndefined();
  });

  it("writes where the memory is that often", () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const stop = startMemoryLog({ FODFAESTE_MEMORY_LOG: "10" }, () => "skipped=3", (line) => lines.push(line));
    vi.advanceTimersByTime(25_000);
    stop!();
    vi.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/memory rss=\d+\.\d heapTotal=.* external=.* rest=-?\d+\.\d MB skipped=3$/);
  });

  it("accounts the resident set as V8's heap, memory V8 knows of, and the rest", () => {
    const numbers = Object.fromEntries([...memoryLine().matchAll(/(\w+)=(-?[\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
    expect(numbers.rss).toBeGreaterThan(0);
    expect(numbers.heapUsed).toBeLessThanOrEqual(numbers.heapTotal);
    expect(Math.abs(numbers.heapTotal + numbers.external + numbers.rest - numbers.rss)).toBeLessThan(0.3);
  });
});
