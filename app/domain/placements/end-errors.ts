import type { EndAnswers } from "./ending";
import { OUTCOMES_WITH_HOURS, STATUS_WITH_HOURS, type StatusCategory } from "./ending-vocabulary";

/*
 * The end's rules with their messages, apart from ending.ts: the start pages and lists read the
 * milestone and the status task from there, and a page is sent the messages of every module it
 * imports (decisions 043, 050); these reach only the pages whose actions end a placement.
 */

/**
 * Every rule an end breaks, each at its field: the day within the placement and not ahead of
 * today, a reason when interrupted, "interrupted" as outcome only for an interrupted one, and
 * hours exactly where the outcome is work. Pure.
 */
export function endErrors(a: EndAnswers, p: { startDate: string }, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (a.endedOn < p.startDate) errors.endedOn = "error.ending.beforeStart";
  else if (a.endedOn > today) errors.endedOn = "error.ending.future";
  if (a.kind === "interrupted" && a.reason === null) errors.reason = "error.ending.reason";
  if (a.kind === "completed" && a.reason !== null) errors.reason = "error.ending.reasonCompleted";
  if (a.kind === "interrupted" && a.reason === "other" && a.reasonText === null) errors.reasonText = "error.ending.otherText";
  if (a.kind === "completed" && a.outcome === "interrupted") errors.outcome = "error.ending.outcomeCompleted";
  if (OUTCOMES_WITH_HOURS.includes(a.outcome) && a.outcomeHours === null) errors.outcomeHours = "error.ending.hours";
  if (!OUTCOMES_WITH_HOURS.includes(a.outcome) && a.outcomeHours !== null) errors.outcomeHours = "error.ending.noHours";
  return errors;
}

/** The status three months on: hours exactly where the citizen is in work; not before its day. Pure. */
export function statusErrors(a: { category: StatusCategory; hours: number | null }, dueOn: string, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (today < dueOn) errors.category = "error.ending.statusNotYet";
  if (STATUS_WITH_HOURS.includes(a.category) && a.hours === null) errors.hours = "error.ending.hours";
  if (!STATUS_WITH_HOURS.includes(a.category) && a.hours !== null) errors.hours = "error.ending.noHours";
  return errors;
}

/** A new planned end: not in the past (an early end is an end, not a move), and a change. Pure. */
export function moveEndErrors(newEnd: string, p: { startDate: string; plannedEndDate: string }, today: string): Record<string, string> {
  if (newEnd === p.plannedEndDate) return { plannedEndDate: "error.ending.sameEnd" };
  if (newEnd < p.startDate || newEnd < today) return { plannedEndDate: "error.ending.endInPast" };
  return {};
}
