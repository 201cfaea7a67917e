import { describe, expect, it } from "vitest";
import { danishPhoneField, formatDanishPhone, normaliseDanishPhone, optionalDanishPhoneField, phoneHref } from "./phone";

describe("Danish phone numbers", () => {
  it.each([
    ["12345678", null],
    ["22 33 44 55", "22334455"],
    ["+45 22 33 44 55", "22334455"],
    ["0045-22-33-44-55", "22334455"],
    ["(+45) 2233 4455", "22334455"],
    ["2233445", null],
    ["223344556", null],
    ["02233445", null],
    ["+46 22334455", null],
    ["abcdefgh", null],
  ])("%s → %s", (input, expected) => {
    expect(normaliseDanishPhone(input)).toBe(expected);
  });

  it("prints in pairs and dials internationally", () => {
    expect(formatDanishPhone("22334455")).toBe("22 33 44 55");
    expect(phoneHref("22334455")).toBe("tel:+4522334455");
  });

  it("a required number tells what to write; an optional one may be left empty", () => {
    const bad = danishPhoneField.safeParse("1234");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("error.phone.format");
    expect(danishPhoneField.safeParse(undefined).error?.issues[0]?.message).toBe("error.phone.format");
    expect(optionalDanishPhoneField.parse("")).toBeNull();
    expect(optionalDanishPhoneField.parse(undefined)).toBeNull();
    expect(optionalDanishPhoneField.parse("+45 33 66 33 66")).toBe("33663366");
    expect(optionalDanishPhoneField.safeParse("123").success).toBe(false);
  });
});
