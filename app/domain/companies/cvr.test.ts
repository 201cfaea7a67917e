import { describe, expect, it } from "vitest";
import { isValidCvr, normaliseDigits } from "./cvr";
import { cvrField, fteField, pNumberField } from "./schema";

describe("CVR modulus-11 check", () => {
  it.each(["31245672", "29876541", "34561206", "10150817"])("accepts %s", (cvr) => {
    expect(isValidCvr(cvr)).toBe(true);
  });
  it.each([
    ["31245673", "wrong check digit"],
    ["3124567", "7 digits"],
    ["312456720", "9 digits"],
    ["3124567a", "a letter"],
    ["00000000", "leading zero"],
  ])("refuses %s (%s)", (cvr) => {
    expect(isValidCvr(cvr)).toBe(false);
  });
  it("ignores the spaces people type", () => {
    expect(normaliseDigits("31 24 56 72")).toBe("31245672");
    expect(cvrField.parse("31 24 56 72")).toBe("31245672");
  });
  it("says what to fix: format first, then the check digit", () => {
    expect(cvrField.safeParse("1234").error?.issues[0]?.message).toBe("error.cvr.format");
    expect(cvrField.safeParse("31245673").error?.issues[0]?.message).toBe("error.cvr.checksum");
  });
});

describe("workplace fields", () => {
  it("P-number has 10 digits", () => {
    expect(pNumberField.safeParse("1012345678").success).toBe(true);
    expect(pNumberField.safeParse("101234567").success).toBe(false);
  });
  it("FTE accepts a Danish decimal comma", () => {
    expect(fteField.parse("12,5")).toBe(12.5);
    expect(fteField.parse("3")).toBe(3);
    expect(fteField.safeParse("tolv").success).toBe(false);
    expect(fteField.safeParse("0").success).toBe(false);
  });
});
