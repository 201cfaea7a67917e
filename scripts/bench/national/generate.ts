import type Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "~/db/schema";
import { backfillDashboardFacts, backfillFirstProposals } from "~/domain/dashboard/facts.server";
import { backfillPlacementSignals } from "~/domain/placements/signals.server";
import { backfillConsentExpiry, backfillConsentJobcentres } from "~/domain/candidates/consent.server";
import { backfillStatusTasks } from "~/domain/placements/status-tasks.server";
import { backfillFollowUpColumns } from "~/domain/placements/schedule.server";
import { auditRows } from "./audit";
import { withBoardTextFilledAtEnd } from "./board-text";
import { BENCH_DOMAIN, count, type Generation, type Stage } from "./generation";
import { organisations } from "./organisations";
import { placementHistory } from "./placements";
import { candidateProfiles, candidateProposals } from "./people";
import { random, type Sizes } from "./sizes";
import { internshipSlots, reliefTasks } from "./work";

/**
 * The stages in the order their rows depend on each other. A new area adds its stage here
 * (placements after proposals, follow-ups after placements) and grows with the rest.
 */
export const STAGES: Stage[] = [organisations, reliefTasks, internshipSlots, candidateProfiles, candidateProposals, placementHistory, auditRows];

export interface Login {
  email: string;
  role: string;
  note: string;
}

/**
 * Fills a freshly migrated database. Each stage is one transaction of bulk inserts with the
 * database's own checks on (foreign keys, the users' one-organisation rule), so what it writes
 * is what the portal could have written.
 */
export function generate(sqlite: Database.Database, options: { sizes: Sizes; passwordHash: string; now?: Date; seed?: number; log?: (line: string) => void }) {
  const g: Generation = {
    sqlite,
    sizes: options.sizes,
    rng: random(options.seed ?? 20261202),
    now: options.now ?? new Date(),
    passwordHash: options.passwordHash,
    jobcentres: [],
    companies: [],
    openSlots: new Map(),
    consentedCandidates: new Map(),
    candidateRefs: new Map(),
    workplaceFte: new Map(),
    workplaceLoad: new Map(),
    counts: {},
  };
  withBoardTextFilledAtEnd(sqlite, () => {
    for (const stage of STAGES) {
      const started = Date.now();
      sqlite.transaction(() => stage.run(g))();
      options.log?.(`${stage.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }, options.log);
  // The attention signals of the active placements, by the same code the commands keep them with.
  const started = Date.now();
  sqlite.transaction(() => count(g, "placement_signals", backfillPlacementSignals(drizzle(sqlite, { schema }))))();
  options.log?.(`attention signals: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The dashboard's facts of every placement and opened slot, by the same code the commands keep them with (decision 039).
  const factsStarted = Date.now();
  sqlite.transaction(() => {
    const filled = backfillDashboardFacts(drizzle(sqlite, { schema }));
    count(g, "placement_facts (placements)", filled.placements);
    count(g, "slot_facts", filled.slots);
    // The slots' first proposal (decision 045), by the same code that fills it at start-up.
    count(g, "slots with a first proposal", backfillFirstProposals(drizzle(sqlite, { schema })));
  })();
  options.log?.(`dashboard facts: ${((Date.now() - factsStarted) / 1000).toFixed(1)} s`);
  // The open three-month status tasks, by the same code that fills them at start-up (decision 040).
  sqlite.transaction(() => count(g, "placement_status_tasks", backfillStatusTasks(drizzle(sqlite, { schema }))))();
  // The consents' jobcentre (decision 040): written in bulk without it, copied from the candidates here.
  sqlite.transaction(() => backfillConsentJobcentres(drizzle(sqlite, { schema })))();
  // The follow-ups' jobcentre and open day (decision 044): written in bulk without them, filled here.
  sqlite.transaction(() => backfillFollowUpColumns(drizzle(sqlite, { schema })))();
  // The candidates' consent's last day (decision 044), likewise.
  sqlite.transaction(() => backfillConsentExpiry(drizzle(sqlite, { schema })))();
  return { counts: g.counts, logins: logins(g) };
}

/** One login per role, at the first jobcentre (the chain and an ordinary company belong to it). */
function logins(g: Generation): Login[] {
  const at = (local: string) => `${local}@${BENCH_DOMAIN}`;
  const ordinary = g.companies.findIndex((c, i) => i > 0 && c.status === "verified" && c.jobcentreId === g.jobcentres[0]?.id);
  const list: Login[] = [
    { email: at("admin.jc1"), role: "jobcentre_admin", note: "administrator, jobcenter 1 (audit log, staff)" },
    { email: at("konsulent1.jc1"), role: "consultant", note: "konsulent, jobcenter 1 (board, review, candidates)" },
    { email: at("hr.c1"), role: "company_admin", note: `HR, Benchkæden A/S (${g.sizes.chainWorkplaces} arbejdssteder)` },
    { email: at("mentor.c1"), role: "mentor", note: "mentor, Benchkæden A/S" },
  ];
  if (ordinary > 0) list.push({ email: at(`hr.c${ordinary + 1}`), role: "company_admin", note: `HR, Benchfirma ${ordinary + 1} ApS (one workplace)` });
  return list;
}
