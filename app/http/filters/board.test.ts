import { describe, expect, it } from "vitest";
import { z } from "zod";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { pageParam } from "~/domain/page-param";
import { DEMANDS } from "~/domain/tasks/vocabulary";
import { parseBoardFilters } from "./board";

/**
 * The board's filters and every list's page skip zod when a value is absent (decision 056): the
 * same filters as parsing every value, for absent, empty, odd and good values.
 */
const before = {
  demand: z.coerce.number().int().min(1).max(3).optional().catch(undefined),
  industry: z.enum(INDUSTRIES).optional().catch(undefined),
  hours: z.coerce.number().min(1).max(37).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
};

const VALUES = [null, "", " ", "0", "1", "2", "3", "4", "-1", "2.5", "1e0", "0x2", "abc", "20", "20,5", ",", "37", "38", "Infinity", "retail", "bakery_food", "100000", "100001"];

describe("absent values skip zod", () => {
  it("gives the same filters as parsing every value", () => {
    for (const value of VALUES) {
      const search = new URLSearchParams();
      if (value != null) for (const name of ["industry", "hours", "page", ...DEMANDS.map((d) => `max_${d}`)]) search.set(name, value);
      const f = parseBoardFilters(search);
      const demand = before.demand.parse(search.get("max_physical") || undefined);
      expect({ ...f.maxDemand }, String(value)).toEqual(demand ? Object.fromEntries(DEMANDS.map((d) => [d, demand])) : {});
      expect(f.industry, String(value)).toBe(before.industry.parse(search.get("industry") || undefined));
      expect(f.maxStartHours, String(value)).toBe(before.hours.parse((search.get("hours") ?? "").replace(",", ".") || undefined));
      expect(f.page, String(value)).toBe(before.page.parse(search.get("page")));
      expect(pageParam.parse(search.get("page")), String(value)).toBe(before.page.parse(search.get("page")));
    }
  });
});
