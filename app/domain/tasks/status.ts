import type { TaskStatus } from "./schema";

/** Every allowed change of a task's status; anything else is refused. Pure. */
export const TASK_TRANSITIONS = {
  activate: { from: ["draft"], to: "active" },
  archive: { from: ["draft", "active"], to: "archived" },
  // A restored task is active again if it is complete, otherwise a draft (decided by the command).
  restore: { from: ["archived"], to: "active" },
} as const satisfies Record<string, { from: readonly TaskStatus[]; to: TaskStatus }>;

export type TaskCommand = keyof typeof TASK_TRANSITIONS;

export function canTransition(command: TaskCommand, from: TaskStatus): boolean {
  return (TASK_TRANSITIONS[command].from as readonly TaskStatus[]).includes(from);
}

/** Only drafts and active tasks are edited; an archived task is restored first. */
export function isEditable(status: TaskStatus): boolean {
  return status !== "archived";
}
