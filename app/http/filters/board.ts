import { z } from "zod";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { pageParam } from "~/domain/page-param";
import { searchText } from "~/domain/shared/fields";
import { BOARD_ACCESS, BOARD_SORTS, type BoardFilters } from "~/domain/slots/board-filters";
import { SLOT_KINDS, WEEKDAYS } from "~/domain/slots/vocabulary";
import { DEMANDS, type Demand } from "~/domain/tasks/vocabulary";

// Built once, not on every request (decision 048).
const demandParam = z.coerce.number().int().min(1).max(3).optional().catch(undefined);
const industryParam = z.enum(INDUSTRIES).optional().catch(undefined);
const radiusParam = z.coerce.number().int().min(0).max(300).catch(15);
const hoursParam = z.coerce.number().min(1).max(37).optional().catch(undefined);
const sortParam = z.enum(BOARD_SORTS).catch("start");

const pick = <T extends readonly [string, ...string[]]>(values: T, raw: string[]) =>
  raw.filter((v): v is T[number] => (values as readonly string[]).includes(v));

/** The shared board's filters from the URL; odd values are ignored, never an error page. */
export function parseBoardFilters(search: URLSearchParams): BoardFilters {
  const maxDemand: Partial<Record<Demand, number>> = {};
  for (const d of DEMANDS) {
    // No value: nothing to parse (zod would make and catch an issue for each of the five).
    const raw = search.get(`max_${d}`);
    const v = raw ? demandParam.parse(raw) : undefined;
    if (v) maxDemand[d] = v;
  }
  const rawPostcode = (search.get("postcode") ?? "").trim();
  const postcode = /^\d{4}$/.test(rawPostcode) ? rawPostcode : undefined;
  return {
    q: searchText(search.get("q")),
    kinds: pick(SLOT_KINDS, search.getAll("kind")),
    industry: search.get("industry") ? industryParam.parse(search.get("industry")) : undefined,
    postcode,
    radiusKm: radiusParam.parse(search.get("radius") ?? 15),
    maxStartHours: search.get("hours") ? hoursParam.parse(search.get("hours")!.replace(",", ".") || undefined) : undefined,
    badPostcode: rawPostcode !== "" && postcode === undefined,
    days: pick(WEEKDAYS, search.getAll("day")),
    maxDemand,
    access: pick(BOARD_ACCESS, search.getAll("access")),
    withoutProposal: search.get("withoutProposal") === "1",
    sort: sortParam.parse(search.get("sort") ?? "start"),
    page: pageParam.parse(search.get("page")),
  };
}
