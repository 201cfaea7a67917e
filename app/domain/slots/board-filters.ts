import type { Industry } from "../companies/vocabulary";
import { ADAPTATIONS, type Demand } from "../tasks/vocabulary";
import type { SlotKind, Weekday } from "./vocabulary";

/**
 * The accessibility filter (PRODUCT.md: the board filters by accessibility): "described" keeps
 * slots whose accessibility note is filled in; each adaptation keeps slots where every task
 * can be adapted that way (as the demand filter asks it of every task).
 */
export const BOARD_ACCESS = ["described", ...ADAPTATIONS] as const;
export type BoardAccess = (typeof BOARD_ACCESS)[number];

/** "oldest": open longest first (the days open); "newest": opened most recently first. */
export const BOARD_SORTS = ["start", "newest", "oldest", "hours", "distance"] as const;
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
  access: BoardAccess[];
  /** Only slots no candidate has been proposed to yet (the dashboard's work list links here). */
  withoutProposal: boolean;
  sort: BoardSort;
  page: number;
}
