import type { Industry } from "../companies/vocabulary";
import type { Demand } from "../tasks/vocabulary";
import type { SlotKind, Weekday } from "./vocabulary";

export const BOARD_SORTS = ["start", "newest", "hours", "distance"] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

/** What the shared board can be narrowed by; app/http/filters/board.ts reads it from a URL. */
export interface BoardFilters {
  q?: string;
  kinds: SlotKind[];
  industry?: Industry;
  postcode?: string;
  radiusKm: number;
  maxStartHours?: number;
  /** A postcode was typed but is not four digits: the page says so instead of ignoring it. */
  badPostcode: boolean;
  days: Weekday[];
  maxDemand: Partial<Record<Demand, number>>;
  sort: BoardSort;
  page: number;
}
