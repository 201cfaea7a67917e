import { describe, expect, it } from "vitest";
import { kroner, parseKroner } from "../shared/fields";
import { startInput, WAGE_COST_BOUNDS } from "./schema";
import { fromOre, toOre, wageCostError } from "./wage";
import { RULES } from "../rules/rules";

describe("an amount in kroner as people write it", () => {
  it("reads Danish thousands points and decimal commas, spaces and a 'kr.'", () => {
    expect(parseKroner("24500")).toBe(24500);
    expect(parseKroner("24.500")).toBe(24500);
    expect(parseKroner("24 500")).toBe(24500);
    expect(parseKroner("24.500,50")).toBe(24500.5);
    expect(parseKroner("24500,5")).toBe(24500.5);
    expect(parseKroner("1.024.500,05 kr.")).toBe(1024500.05);
    expect(parseKroner("24500 kr")).toBe(24500);
  });

  it("reads a decimal point with one or two decimals, and English thousands commas", () => {
    expect(parseKroner("24500.50")).toBe(24500.5);
    expect(parseKroner("24,500.50")).toBe(24500.5);
    expect(parseKroner("24,500")).toBe(24500);
  });

  it("never reads '24.500' as 24.5, and refuses what is not an amount", () => {
    expect(parseKroner("24.500")).not.toBe(24.5);
    for (const bad of ["", "abc", "-2000", "24,500,5", "24.50.0", "2.45", "24500,555", "1e5", "24.500,50,1", "12345678901234"]) {
      expect(parseKroner(bad), bad).toBe(bad === "2.45" ? 2.45 : null);
    }
  });

  it("keeps the bounds in the field builder", () => {
    const field = kroner("error.placement.wageCost", WAGE_COST_BOUNDS);
    expect(field.safeParse("24.500").data).toBe(24500);
    expect(field.safeParse("499,99").success).toBe(false);
    expect(field.safeParse("150.000,01").success).toBe(false);
    expect(field.safeParse("150.000").data).toBe(150000);
  });
});

describe("the start form's wage field", () => {
  const form = { proposalId: "1", startDate: "2027-01-04", lengthWeeks: "13", startHours: "8", targetHours: "12", workingDays: "mon" };
  it("is optional in the form (the command decides by the kind) and read the Danish way", () => {
    expect(startInput.parse(form).monthlyWageCost).toBeNull();
    expect(startInput.parse({ ...form, monthlyWageCost: " " }).monthlyWageCost).toBeNull();
    expect(startInput.parse({ ...form, monthlyWageCost: "24.500,50" }).monthlyWageCost).toBe(24500.5);
    expect(startInput.safeParse({ ...form, monthlyWageCost: "mange" }).error?.issues[0]?.message).toBe("error.placement.wageCost");
  });
});

describe("which placements have a wage cost", () => {
  it("is required for løntilskud and refused for every other kind", () => {
    expect(wageCostError("loentilskud", null)).toBe("error.placement.wageCostRequired");
    expect(wageCostError("loentilskud", 24500)).toBeNull();
    for (const kind of ["praktik", "fleksjob", "smaajob"] as const) {
      expect(wageCostError(kind, null)).toBeNull();
      expect(wageCostError(kind, 24500)).toBe("error.placement.wageCostNotWageSubsidy");
    }
  });

  it("keeps within the portal's bounds and to whole øre", () => {
    const { monthlyWageCostMin: min, monthlyWageCostMax: max } = RULES.placements;
    expect(wageCostError("loentilskud", min)).toBeNull();
    expect(wageCostError("loentilskud", max)).toBeNull();
    expect(wageCostError("loentilskud", min - 0.01)).toBe("error.placement.wageCost");
    expect(wageCostError("loentilskud", max + 0.01)).toBe("error.placement.wageCost");
    expect(wageCostError("loentilskud", 24500.005)).toBe("error.placement.wageCost");
    expect(toOre(24500.5)).toBe(2450050);
    expect(toOre(0.29)).toBe(29);
    expect(fromOre(2450050)).toBe(24500.5);
    expect(fromOre(null)).toBeNull();
  });
});
