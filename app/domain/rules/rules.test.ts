import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../shared/fields";
import { RULE_SOURCES, RULES } from "./rules";

describe("the rules table", () => {
  it("names a source and a date it applies from for every entry", () => {
    expect(Object.keys(RULE_SOURCES).sort()).toEqual(Object.keys(RULES).sort());
    for (const [name, rule] of Object.entries(RULE_SOURCES)) {
      expect(rule.source.length, name).toBeGreaterThan(20);
      expect(isCalendarDate(rule.appliesFrom), `${name}: ${rule.appliesFrom}`).toBe(true);
    }
  });

  it("says that ordinary FTE are counted per P-number without subsidised, fixed-term or under-18 staff, and no four-month average", () => {
    const text = RULE_SOURCES.reasonableness.source;
    for (const part of ["P-nummer", "fleksjob", "seniorjob", "voksenlærlinge", "tidsbegrænset", "projektansatte", "under 18"]) expect(text).toContain(part);
    expect(text).not.toMatch(/måneder/);
  });
});
