import { describe, expect, it } from "vitest";
import { caseVariants, MAX_FOLDED_LETTERS, searchPatterns } from "./search-text";

describe("case variants of a search for SQLite's LIKE", () => {
  it("needs none for ASCII letters, digits and signs: LIKE folds A–Z itself", () => {
    expect(caseVariants("Bageri 42")).toEqual(["Bageri 42"]);
  });

  it("gives every case of each æ, ø and å, whatever case was typed", () => {
    // The r is left as typed: LIKE folds it.
    expect(caseVariants("ærø").sort()).toEqual(["ÆrØ", "Ærø", "ærØ", "ærø"].sort());
    expect(caseVariants("ÅSE").sort()).toEqual(["ÅSE", "åSE"].sort());
    expect(caseVariants("Müller").sort()).toEqual(["MÜller", "Müller"].sort());
  });

  it("leaves letters alone whose other case has another length (ß), and signs without case", () => {
    expect(caseVariants("Straße")).toEqual(["Straße"]);
    expect(caseVariants("5 – 7 €")).toEqual(["5 – 7 €"]);
  });

  it(`from ${MAX_FOLDED_LETTERS + 1} such letters asks only the likely spellings`, () => {
    // As typed, all lower, all upper, each word's first letter upper (ASCII letters as typed).
    expect(caseVariants("øvre æblegård rø").sort()).toEqual(["Øvre ÆblegÅrd rØ", "Øvre Æblegård rø", "øvre æblegård rø"].sort());
    expect(caseVariants("Øvre Æblegård Rø")).toHaveLength(3);
  });

  it("wraps each in % and drops or escapes LIKE's own signs", () => {
    expect(searchPatterns("50%_å")).toEqual(["%50å%", "%50Å%"]);
    expect(searchPatterns("50%_å", { escape: true })).toEqual(["%50\\%\\_å%", "%50\\%\\_Å%"]);
    expect(searchPatterns("a\\b", { escape: true })).toEqual(["%a\\\\b%"]);
  });
});
