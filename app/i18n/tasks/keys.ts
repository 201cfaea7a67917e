import type { MessageKey } from "../catalogue";

/** What the task page says after a command (`?done=`). */
export const TASK_DONE = {
  activate: "tasks.done.activate",
  archive: "tasks.done.archive",
  restore: "tasks.done.restore",
} as const satisfies Record<string, MessageKey>;

/** A demand level read from the database (1–3) as its label; anything else has none. */
export function levelKey(level: number | null | undefined): `level.${1 | 2 | 3}` | undefined {
  const known = ([1, 2, 3] as const).find((l) => l === level);
  return known === undefined ? undefined : `level.${known}`;
}
