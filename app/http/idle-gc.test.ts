import { afterEach, describe, expect, it, vi } from "vitest";
import { collectWhenQuiet, fullGc } from "./idle-gc.server";

afterEach(() => vi.useRealTimers());

describe("one garbage collection when the server has gone quiet", () => {
  it("collects after the last request of a busy period, not during it", () => {
    vi.useFakeTimers();
    const gc = vi.fn();
    const quiet = collectWhenQuiet({ quietMs: 10_000, gc });
    for (let i = 0; i < 20; i++) {
      quiet.requestStarted();
      vi.advanceTimersByTime(1_000);
    }
    expect(gc).not.toHaveBeenCalled();
    vi.advanceTimersByTime(9_000);
    expect(gc).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(gc).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(60_000);
    expect(gc).toHaveBeenCalledTimes(2);
    // The next busy period gets its own collections.
    quiet.requestStarted();
    vi.advanceTimersByTime(11_000);
    expect(gc).toHaveBeenCalledTimes(4);
  });

  it("does nothing before the first request", () => {
    vi.useFakeTimers();
    const gc = vi.fn();
    collectWhenQuiet({ quietMs: 10_000, gc });
    vi.advanceTimersByTime(60_000);
    expect(gc).not.toHaveBeenCalled();
  });

  it("reaches V8's full collection without a command-line flag", async () => {
    const gc = fullGc();
    const ref = new WeakRef({ big: new Array(100_000).fill(1) });
    // A WeakRef keeps its target for the rest of the job that made it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(ref.deref()).toBeUndefined();
  });
});
