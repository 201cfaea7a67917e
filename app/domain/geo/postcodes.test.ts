import { describe, expect, it } from "vitest";
import { computePostcodesWithin, locate, postcodeDistance, postcodesWithin } from "./postcodes.server";

describe("postcode distances", () => {
  it("knows the big towns and measures straight-line distances", () => {
    expect(locate("8000")?.city).toBe("Aarhus C");
    expect(postcodeDistance("9000", "8000")).toBeGreaterThan(95);
    expect(postcodeDistance("9000", "8000")).toBeLessThan(105);
    expect(postcodeDistance("2200", "8000")).toBeGreaterThan(150);
  });
  it("places central Copenhagen street codes at their nearest district", () => {
    expect(locate("1620")).not.toBeNull();
    expect(postcodeDistance("1620", "2200")!).toBeLessThan(6);
  });
  it("finds nearby postcodes around a centre", () => {
    const near = postcodesWithin("2200", 10)!;
    expect(near.has("2100")).toBe(true);
    expect(near.has("2300")).toBe(true);
    expect(near.has("8000")).toBe(false);
  });
  it("says so when a centre postcode is unknown", () => {
    expect(postcodesWithin("0999", 10)).toBeNull();
  });
  it("keeps its answers: the same as computed afresh for every centre and radius, asked twice and out of order", () => {
    const centres = ["1100", "1620", "2200", "5000", "8000", "9000", "3700", "6000", "0999", "0000", "9990"];
    const radii = [0, 5, 10, 15, 25, 50, 100, 300];
    const asked = centres.flatMap((c) => radii.map((km) => [c, km] as const));
    // More pairs than are kept, so some answers are dropped and computed again.
    for (const [c, km] of [...asked, ...asked.slice().reverse(), ...asked]) {
      const fresh = computePostcodesWithin(c, km);
      const kept = postcodesWithin(c, km);
      expect(kept === null ? null : [...kept], `${c} ${km}`).toEqual(fresh === null ? null : [...fresh]);
    }
  });
});
