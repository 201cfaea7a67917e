import fs from "node:fs";
import path from "node:path";

interface Postcode {
  postcode: string;
  city: string;
  lat: number;
  lon: number;
}

let table: Postcode[] | undefined;

/** Approximate centres of Danish postcode districts (db/postcodes/dk-postcodes.json). */
function postcodes(): Postcode[] {
  table ??= JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "db/postcodes/dk-postcodes.json"), "utf8")) as Postcode[];
  return table;
}

/**
 * The centre of a postcode. Street-level codes in central Copenhagen and new codes that the
 * table lacks fall back to the nearest lower postcode, which in Denmark lies close by.
 */
export function locate(postcode: string): Postcode | null {
  const all = postcodes();
  let best: Postcode | null = null;
  for (const p of all) {
    if (p.postcode <= postcode) best = p;
    else break;
  }
  return best && Number(postcode) - Number(best.postcode) < 100 ? best : null;
}

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const WITHIN_KEPT = 64;
const within = new Map<string, ReadonlyMap<string, number> | null>();

/**
 * Every postcode within `km` of the centre postcode, with its distance; null if the centre is
 * unknown. The table never changes while the server runs, so the last 64 answers are kept: a
 * list that filters by place asked for the same centre and radius on every page, ~1,100 distances
 * each time (0.1–0.2 ms; decision 060). Read-only: the same map is handed to every caller.
 */
export function postcodesWithin(centre: string, km: number): ReadonlyMap<string, number> | null {
  const key = `${centre} ${km}`;
  const kept = within.get(key);
  if (kept !== undefined) return kept;
  const answer = computePostcodesWithin(centre, km);
  if (within.size >= WITHIN_KEPT) within.delete(within.keys().next().value!);
  within.set(key, answer);
  return answer;
}

/** `postcodesWithin` computed afresh (its test compares the two). */
export function computePostcodesWithin(centre: string, km: number): Map<string, number> | null {
  const origin = locate(centre);
  if (!origin) return null;
  const within = new Map<string, number>();
  for (const p of postcodes()) {
    const d = distanceKm(origin, p);
    if (d <= km) within.set(p.postcode, d);
  }
  within.set(centre, 0);
  return within;
}

/** Distance between two postcodes, when both are known. */
export function postcodeDistance(a: string, b: string): number | null {
  const pa = locate(a);
  const pb = locate(b);
  return pa && pb ? distanceKm(pa, pb) : null;
}
