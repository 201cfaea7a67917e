import type { Db } from "~/db/client.server";
import { changeCount, type ChangeCounter } from "../shared/list-counts.server";
import { dashboardVersion } from "./versions.server";

/**
 * The jobcentre dashboard's figures kept in memory (decision 045), under a key that holds the
 * jobcentre's dashboard version (raised by every command that changes what the dashboard shows,
 * versions.server.ts), the period, the scope (and whose), and today's date, so a change is seen
 * on the next view and nothing that depends on today outlives midnight. Bounded: at most
 * `DASHBOARD_CACHE_SIZE` entries per database, the least recently used going first, so memory
 * stays flat however many people, periods and versions are viewed (decision 041). A key of an
 * old version is never asked for again and simply ages out.
 *
 * Data changed behind the commands' back (hand-written SQL while the server runs) is seen after
 * the next command at that jobcentre or a restart.
 */
export const DASHBOARD_CACHE_SIZE = 400;

// Per database, so two databases in one process (the tests) never share figures; a WeakMap lets a closed one go.
const caches = new WeakMap<Db, Map<string, unknown>>();

function cacheOf(db: Db): Map<string, unknown> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

/**
 * The value under `key`, computed by `compute` when missing. `stillValid` is asked after
 * computing: when it says no (the version moved while computing, another process wrote), the
 * value is returned but not kept.
 */
export function cachedFigures<T>(db: Db, key: string, compute: () => T, stillValid: () => boolean): T {
  const cache = cacheOf(db);
  if (cache.has(key)) {
    const hit = cache.get(key) as T;
    // Least recently used first out: a hit moves to the end of the Map's order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = compute();
  if (!stillValid()) return value;
  // Shared by every later view: frozen, so a caller that changed it would fail at once instead of changing others' pages.
  cache.set(key, deepFreeze(value));
  while (cache.size > DASHBOARD_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return value;
}

/**
 * `compute()` kept under `key` and the jobcentre's dashboard version now (decisions 045, 050, 052,
 * 062): a command that changes what it shows raises the version, so the next view computes anew.
 * The version is read again afterwards: if another process (the job runner from cron) committed
 * meanwhile, the value is shown once but not kept.
 */
export function keptUnderVersion<T>(db: Db, jobcentreId: number, key: readonly unknown[], compute: () => T): T {
  const version = dashboardVersion(db, jobcentreId);
  return cachedFigures(db, JSON.stringify([...key, jobcentreId, version]), compute, () => dashboardVersion(db, jobcentreId) === version);
}

/**
 * `compute()` kept under `key` and the jobcentre's change counter now (`change_counters`, kept by
 * triggers whoever writes; decisions 081, 082), read again afterwards as `keptUnderVersion` reads
 * the version: a change committed meanwhile is shown once but not kept.
 */
export function keptUnderCounter<T>(db: Db, counter: ChangeCounter, jobcentreId: number, key: readonly unknown[], compute: () => T): T {
  const before = changeCount(db, counter, jobcentreId);
  return cachedFigures(db, JSON.stringify([...key, jobcentreId, before]), compute, () => changeCount(db, counter, jobcentreId) === before);
}

/** Frozen through and through: a kept value is shared by every view that gets it, so no view can change it for the next. */
export function deepFreeze<T>(value: T): T {
  // A typed array (a kept ranking's ids) cannot be frozen; it is kept as made, and readers only copy out of it.
  if (ArrayBuffer.isView(value)) return value;
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** How many entries are kept for the database (for the tests and the benchmark). */
export function dashboardCacheSize(db: Db): number {
  return caches.get(db)?.size ?? 0;
}

/** Forgets every kept entry of the database (the benchmark's first views). */
export function clearDashboardCache(db: Db): void {
  caches.get(db)?.clear();
}

// What a page derives from kept figures (a chart's geometry), per kept object: it lives exactly as
// long as the figures it was made from, so a new version's figures get a new one (decision 052).
const derivedValues = new WeakMap<object, Map<string, unknown>>();

/**
 * A value made from kept figures, made once per figures object and name. Figures that are not
 * kept (a first view computed while another process wrote) are a new object each time, so what
 * is derived from them goes with them.
 */
export function derivedFrom<T>(figures: object, name: string, make: () => T): T {
  let values = derivedValues.get(figures);
  if (!values) {
    values = new Map();
    derivedValues.set(figures, values);
  }
  if (values.has(name)) return values.get(name) as T;
  const value = deepFreeze(make());
  values.set(name, value);
  return value;
}
