import { RULES } from "../rules/rules";

const R = RULES.reasonableness;

/**
 * How many people in praktik and løntilskud a workplace with N ordinary FTE may have:
 * `max(1, floor(min(N,50)/5)) + floor(max(N-50,0)/10)`.
 */
export function reasonablenessCapacity(fte: number): number {
  const base = Math.floor(Math.min(fte, R.threshold) / R.ftePerPerson);
  const above = Math.floor(Math.max(fte - R.threshold, 0) / R.ftePerPersonAbove);
  return Math.max(R.minimum, base) + above;
}

/** A person (or an open seat) counts as weekly hours / 37, so part time is a fraction. */
export function fullTimeEquivalent(weeklyHours: number): number {
  return Math.min(weeklyHours, R.fullTimeHours) / R.fullTimeHours;
}

export function isCountedKind(kind: string): boolean {
  return (R.countedKinds as readonly string[]).includes(kind);
}

export interface MeterLoad {
  kind: string;
  seats: number;
  /** Hours now: a person in a placement at their current hours, an open seat at its start hours. */
  weeklyHours: number;
  /** Hours at the end of the plan; the meter also says where the workplace would be then. */
  targetHours?: number;
}

export interface Meter {
  capacity: number;
  used: number;
  /** Usage including the slot being checked. */
  withSlot: number;
  fits: boolean;
  /** How far over capacity the slot would take the workplace (0 when it fits). */
  excess: number;
  /** Usage (including the slot) once everyone has reached the plan's target hours. */
  atTarget: number;
  fitsAtTarget: boolean;
  /** At these hours, how many seats would fit; and for these seats, how many hours each. */
  seatsThatFit: number;
  hoursThatFit: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The reasonableness meter for one workplace: what is used by people and open seats
 * already there (`existing`), and whether `slot` fits on top. Pure.
 */
export function reasonablenessMeter(fte: number, existing: MeterLoad[], slot: MeterLoad | null): Meter {
  const capacity = reasonablenessCapacity(fte);
  const load = (l: MeterLoad) => (isCountedKind(l.kind) ? l.seats * fullTimeEquivalent(l.weeklyHours) : 0);
  const used = round(existing.reduce((sum, l) => sum + load(l), 0));
  const own = slot ? round(load(slot)) : 0;
  const withSlot = round(used + own);
  const atTargetLoad = (l: MeterLoad) => load({ ...l, weeklyHours: Math.max(l.weeklyHours, l.targetHours ?? l.weeklyHours) });
  const atTarget = round(existing.reduce((sum, l) => sum + atTargetLoad(l), 0) + (slot ? atTargetLoad(slot) : 0));
  const free = Math.max(0, capacity - used);
  // A tiny tolerance so 37/37 + 37/37 never reads as 2.0000001.
  const fits = withSlot <= capacity + 1e-9;
  const perSeat = slot ? fullTimeEquivalent(slot.weeklyHours) : 0;
  return {
    capacity,
    used,
    withSlot,
    fits,
    excess: fits ? 0 : round(withSlot - capacity),
    atTarget,
    fitsAtTarget: atTarget <= capacity + 1e-9,
    seatsThatFit: slot && perSeat > 0 ? Math.floor(free / perSeat + 1e-9) : 0,
    hoursThatFit: slot && slot.seats > 0 ? Math.floor(((free / slot.seats) * R.fullTimeHours + 1e-9) * 2) / 2 : 0,
  };
}
