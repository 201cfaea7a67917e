import { z } from "zod";
import { CANDIDATE_SORTS, type CandidateFilters } from "~/domain/candidates/candidate-filters";
import { TARGET_GROUPS } from "~/domain/candidates/vocabulary";
import { CONSENT_STATUSES } from "~/domain/candidates/vocabulary";
import { pageParam } from "~/domain/page-param";

// Built once, not on every request (decision 048).
const targetGroupParam = z.enum(TARGET_GROUPS).optional().catch(undefined);
const radiusParam = z.coerce.number().int().min(0).max(300).catch(10);
const consentParam = z.enum(CONSENT_STATUSES).optional().catch(undefined);
const responsibleParam = z.coerce.number().int().positive().optional().catch(undefined);
const sortParam = z.enum(CANDIDATE_SORTS).catch("alias");

const hoursParam = z.coerce.number().min(0).max(37).optional().catch(undefined);

/** The candidate list's filters from the URL; odd values are ignored, never an error page. */
export function parseCandidateFilters(search: URLSearchParams): CandidateFilters {
  const rawPostcode = (search.get("postcode") ?? "").trim();
  const postcode = /^\d{4}$/.test(rawPostcode) ? rawPostcode : undefined;
  return {
    q: (search.get("q") ?? "").trim().slice(0, 100) || undefined,
    targetGroup: targetGroupParam.parse(search.get("targetGroup") || undefined),
    minHours: hoursParam.parse((search.get("minHours") ?? "").replace(",", ".") || undefined),
    maxHours: hoursParam.parse((search.get("maxHours") ?? "").replace(",", ".") || undefined),
    postcode,
    badPostcode: rawPostcode !== "" && postcode === undefined,
    radiusKm: radiusParam.parse(search.get("radius") ?? 10),
    consent: consentParam.parse(search.get("consent") || undefined),
    noOpenProposal: search.get("noOpenProposal") === "1",
    team: (search.get("team") ?? "").replace(/\s+/g, " ").trim().slice(0, 80) || undefined,
    responsible: responsibleParam.parse(search.get("responsible") || undefined),
    sort: sortParam.parse(search.get("sort") ?? "alias"),
    page: pageParam.parse(search.get("page")),
  };
}
