import { describe, expect, it } from "vitest";
import { reasonablenessCapacity, reasonablenessMeter } from "./reasonableness";

describe("reasonableness capacity", () => {
  it.each([
    [0, 1],
    [1, 1],
    [5, 1],
    [6, 1],
    [9.9, 1],
    [10, 2],
    [49.5, 9],
    [50, 10],
    [51, 10],
    [59.9, 10],
    [60, 11],
    [120, 17],
  ])("a workplace with %s FTE may have %s", (fte, capacity) => {
    expect(reasonablenessCapacity(fte)).toBe(capacity);
  });
});

describe("reasonableness meter", () => {
  it("counts part-time people as weekly hours / 37", () => {
    const meter = reasonablenessMeter(10, [{ kind: "praktik", seats: 1, weeklyHours: 18.5 }], { kind: "loentilskud", seats: 2, weeklyHours: 18.5 });
    expect(meter.used).toBe(0.5);
    expect(meter.withSlot).toBe(1.5);
    expect(meter.fits).toBe(true);
  });

  it("ignores fleksjob and småjob", () => {
    const meter = reasonablenessMeter(5, [{ kind: "fleksjob", seats: 3, weeklyHours: 37 }], { kind: "smaajob", seats: 2, weeklyHours: 10 });
    expect(meter.withSlot).toBe(0);
    expect(meter.fits).toBe(true);
  });

  it("refuses a slot that would exceed, and says by how much and what would fit", () => {
    const meter = reasonablenessMeter(6, [{ kind: "praktik", seats: 1, weeklyHours: 18.5 }], { kind: "praktik", seats: 2, weeklyHours: 37 });
    expect(meter.capacity).toBe(1);
    expect(meter.fits).toBe(false);
    expect(meter.excess).toBe(1.5);
    expect(meter.seatsThatFit).toBe(0);
    expect(meter.hoursThatFit).toBe(9);
  });

  it("fits exactly at capacity", () => {
    const meter = reasonablenessMeter(10, [{ kind: "praktik", seats: 1, weeklyHours: 37 }], { kind: "praktik", seats: 1, weeklyHours: 37 });
    expect(meter.fits).toBe(true);
    expect(meter.excess).toBe(0);
  });

  it("with an empty workplace of 0 FTE still allows one full-time person", () => {
    expect(reasonablenessMeter(0, [], { kind: "praktik", seats: 1, weeklyHours: 37 }).fits).toBe(true);
    expect(reasonablenessMeter(0, [], { kind: "praktik", seats: 2, weeklyHours: 20 }).fits).toBe(false);
  });
});

describe("the meter at the plan's target hours", () => {
  it("says where the workplace would be once everyone works their target hours", () => {
    const meter = reasonablenessMeter(10, [{ kind: "praktik", seats: 1, weeklyHours: 18.5, targetHours: 37 }], { kind: "praktik", seats: 1, weeklyHours: 9.25, targetHours: 18.5 });
    expect(meter.withSlot).toBe(0.75);
    expect(meter.atTarget).toBe(1.5);
    expect(meter.fitsAtTarget).toBe(true);
  });

  it("warns when the targets would take the workplace over its cap", () => {
    const meter = reasonablenessMeter(6, [{ kind: "praktik", seats: 1, weeklyHours: 10, targetHours: 30 }], { kind: "praktik", seats: 1, weeklyHours: 10, targetHours: 20 });
    expect(meter.fits).toBe(true);
    expect(meter.fitsAtTarget).toBe(false);
  });
});
