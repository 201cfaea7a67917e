import { RULES } from "../rules/rules";
import { workingDaysBetween } from "../shared/working-days";
import type { FollowUpStatus, PlacementStatus } from "./vocabulary";

/**
 * Why a placement needs someone's attention. Computed when read, from the follow-ups and the
 * adjustments as they are (docs/decisions/024-progress-and-flags.md): nothing is stored, so a
 * flag goes away the moment its cause does, and a changed threshold holds for every placement.
 */
export const FLAG_KINDS = ["followUpOverdue", "lowWellBeing", "wellBeingFalling", "lowAttendance", "noFollowUpSinceAdjustment"] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export type PlacementFlag =
  | { kind: "followUpOverdue"; week: number; dueDate: string; workingDays: number; count: number }
  | { kind: "lowWellBeing"; wellBeing: number }
  | { kind: "wellBeingFalling"; values: number[] }
  | { kind: "lowAttendance"; present: number; planned: number; followUps: number }
  | { kind: "noFollowUpSinceAdjustment"; fromDate: string };

export interface FlagFollowUp {
  week: number;
  dueDate: string;
  status: FollowUpStatus;
  /** The Danish date it was sent (null until then). */
  submittedOn: string | null;
  wellBeing: number | null;
  daysPresent: number | null;
  daysPlanned: number | null;
}

export interface FlagInput {
  status: PlacementStatus;
  followUps: readonly FlagFollowUp[];
  /** The approved adjustments' first days. */
  adjustmentsFrom: readonly string[];
}

const F = RULES.placementFlags;

/** The flags of one placement on a day; an ended placement has none. Pure (Danish working days). */
export function placementFlags(p: FlagInput, today: string): PlacementFlag[] {
  if (p.status !== "active") return [];
  const flags: PlacementFlag[] = [];
  const byDay = [...p.followUps].sort((a, b) => a.dueDate.localeCompare(b.dueDate));

  const overdue = byDay.filter((f) => f.status !== "submitted" && f.dueDate < today && workingDaysBetween(f.dueDate, today) >= F.overdueWorkingDays);
  const oldest = overdue[0];
  if (oldest) flags.push({ kind: "followUpOverdue", week: oldest.week, dueDate: oldest.dueDate, workingDays: workingDaysBetween(oldest.dueDate, today), count: overdue.length });

  const sent = byDay.filter((f) => f.status === "submitted");
  const wellBeing = sent.map((f) => f.wellBeing).filter((v): v is number => v !== null);
  const latest = wellBeing.at(-1);
  if (latest !== undefined && latest <= F.lowWellBeing) flags.push({ kind: "lowWellBeing", wellBeing: latest });
  const lastThree = wellBeing.slice(-3);
  if (lastThree.length === 3 && lastThree[0]! > lastThree[1]! && lastThree[1]! > lastThree[2]!) flags.push({ kind: "wellBeingFalling", values: lastThree });

  const recent = sent.filter((f) => f.daysPresent !== null && f.daysPlanned !== null).slice(-F.attendanceFollowUps);
  const present = recent.reduce((n, f) => n + f.daysPresent!, 0);
  const planned = recent.reduce((n, f) => n + f.daysPlanned!, 0);
  if (planned > 0 && present < planned * F.attendanceShare) flags.push({ kind: "lowAttendance", present, planned, followUps: recent.length });

  const lastAdjustment = [...p.adjustmentsFrom].filter((d) => d <= today).sort().at(-1);
  if (lastAdjustment && workingDaysBetween(lastAdjustment, today) >= F.adjustmentCheckWorkingDays && !sent.some((f) => f.submittedOn !== null && f.submittedOn >= lastAdjustment)) {
    flags.push({ kind: "noFollowUpSinceAdjustment", fromDate: lastAdjustment });
  }
  return flags;
}
