import * as table from "../shared/transitions";
import type { TaskStatus } from "./vocabulary";

/**
 * Every allowed change of a task's status as data; anything else is refused. Requirements
 * the command checks: "complete" — every field a slot needs is filled in (refused
 * otherwise); "completeOrDraft" — a restored task comes back active when it is complete and
 * as a draft when it is not (nothing is refused).
 */
export const TASK_TRANSITIONS = {
  activate: { from: ["draft"], to: "active", by: "company", requires: ["complete"] },
  archive: { from: ["draft", "active"], to: "archived", by: "company" },
  restore: { from: ["archived"], to: "active", by: "company", requires: ["completeOrDraft"] },
} as const satisfies Record<string, table.Transition<TaskStatus, "company", "complete" | "completeOrDraft">>;

export type TaskCommand = keyof typeof TASK_TRANSITIONS;
type TaskRequirement = "complete" | "completeOrDraft";

export function canTransition(command: TaskCommand, from: TaskStatus): boolean {
  return table.canTransition(TASK_TRANSITIONS, command, from);
}

export function requires(command: TaskCommand, check: TaskRequirement): boolean {
  const t = TASK_TRANSITIONS[command];
  return "requires" in t && (t.requires as readonly string[]).includes(check);
}

/** Only drafts and active tasks are edited; an archived task is restored first. */
export function isEditable(status: TaskStatus): boolean {
  return status !== "archived";
}
