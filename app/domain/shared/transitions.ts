/**
 * State machines as data. Each transition says from which states it may be given, the state
 * it leads to, which side may give it, what else it requires (named checks the command runs)
 * and what it stamps on the row. A command looks its transition up, refuses anything the
 * table does not allow, and applies the stamps — so the next area's machine is a table too.
 */
export interface Transition<S extends string, Side extends string, Req extends string = never, Stamp extends string = never> {
  from: readonly S[];
  to: S;
  by: Side;
  /** Checks the command must pass before the change (e.g. "verifiedCompany", "comment"). */
  requires?: readonly Req[];
  /** Columns set to the moment of the change (e.g. "submittedAt"). */
  stamps?: readonly Stamp[];
  /** Columns cleared by the change (e.g. an old review comment). */
  clears?: readonly string[];
  /** The message (catalogue keys) sent after the change, if any. */
  notify?: { subjectKey: string; bodyKey: string };
}

export type TransitionTable<S extends string, Side extends string> = Record<string, Transition<S, Side, string, string>>;

export function canTransition<S extends string>(table: TransitionTable<S, string>, command: string, from: S): boolean {
  const t = table[command];
  return t !== undefined && t.from.includes(from);
}

/** The commands possible from `status` for a side (e.g. what a loader offers). */
export function commandsFrom<S extends string, Side extends string>(table: TransitionTable<S, Side>, status: S, side: Side): string[] {
  return Object.entries(table)
    .filter(([, t]) => t.by === side && t.from.includes(status))
    .map(([name]) => name);
}

/** The columns a transition stamps with `now` and clears, ready for an update's `set`. */
export function stampsOf(t: Transition<string, string, string, string>, now: Date): Record<string, Date | null> {
  const set: Record<string, Date | null> = {};
  for (const column of t.stamps ?? []) set[column] = now;
  for (const column of t.clears ?? []) set[column] = null;
  return set;
}
