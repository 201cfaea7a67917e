import type { TargetGroup } from "./vocabulary";
import type { ConsentStatus } from "./vocabulary";

export const CANDIDATE_SORTS = ["alias", "updated", "hours", "consent"] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

/** What the candidate list can be narrowed by; app/http/filters/candidates.ts reads it from a URL. */
export interface CandidateFilters {
  q?: string;
  targetGroup?: TargetGroup;
  minHours?: number;
  maxHours?: number;
  postcode?: string;
  badPostcode: boolean;
  radiusKm: number;
  consent?: ConsentStatus;
  noOpenProposal: boolean;
  responsible?: number;
  /** The candidates whose responsible consultant is on this team of the jobcentre (decision 033). */
  team?: string;
  sort: CandidateSort;
  page: number;
}
