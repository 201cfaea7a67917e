import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import type { CompanyStatus } from "~/domain/companies/schema";
import type { TargetGroup } from "~/domain/candidates/vocabulary";
import type { SlotStatus } from "~/domain/slots/schema";
import type { Random, Sizes } from "./sizes";

export interface Postcode {
  postcode: string;
  city: string;
}
export interface JobcentreRef {
  id: number;
  adminId: number;
  consultantIds: number[];
  postcodes: Postcode[];
}
export interface CompanyRef {
  id: number;
  jobcentreId: number;
  status: CompanyStatus;
  hrId: number;
  mentorId: number;
  workplaceIds: number[];
  activeTaskIds: number[];
  industry: string;
}
/** What the placements stage needs of a consented candidate. */
export interface CandidateRef {
  id: number;
  targetGroup: TargetGroup;
  ageBand: string;
  responsibleUserId: number;
  /** The current consent's first and last day. */
  givenOn: string;
  expiresOn: string;
}
export interface SlotRef {
  id: number;
  companyId: number;
  status: SlotStatus;
}

/**
 * What one run of the generator knows so far. Each stage reads what earlier stages wrote
 * (companies need jobcentres, proposals need open slots and consented candidates) and adds
 * its own; a new area (placements, follow-ups) adds a stage and, if later stages need it, a list here.
 */
export interface Generation {
  sqlite: Database.Database;
  sizes: Sizes;
  rng: Random;
  now: Date;
  passwordHash: string;
  jobcentres: JobcentreRef[];
  companies: CompanyRef[];
  /** Open slots per jobcentre id. */
  openSlots: Map<number, SlotRef[]>;
  /** Candidates with a consent that covers any company, per jobcentre id. */
  consentedCandidates: Map<number, number[]>;
  candidateRefs: Map<number, CandidateRef>;
  /** Per workplace: its ordinary FTE, and the reasonableness load of its counted seats at their target hours (an upper bound). */
  workplaceFte: Map<number, number>;
  workplaceLoad: Map<number, number>;
  counts: Record<string, number>;
}

export interface Stage {
  name: string;
  run(g: Generation): void;
}

export const DAY = 86_400_000;
export const BENCH_DOMAIN = "bench.fodfaeste.dk";

/** Every postcode of the portal's table, in order (numbers near each other lie near each other). */
export function postcodeTable(): Postcode[] {
  const rows = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "db/postcodes/dk-postcodes.json"), "utf8")) as Postcode[];
  return rows.map((r) => ({ postcode: r.postcode, city: r.city }));
}

export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function count(g: Generation, table: string, n = 1) {
  g.counts[table] = (g.counts[table] ?? 0) + n;
}

/** Adds people or seats to a workplace's reasonableness load, counted at `hours` a week (the meter's own measure). */
export function addLoad(g: Generation, workplaceId: number, seats: number, hours: number) {
  g.workplaceLoad.set(workplaceId, (g.workplaceLoad.get(workplaceId) ?? 0) + (seats * Math.min(hours, 37)) / 37);
}
