import { and, eq, inArray, isNull, max } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { candidates, consents, placementEndings, placements, proposals } from "~/db/schema";
import { placedCandidates } from "../candidates/fit.server";
import { OPEN_PROPOSAL_STATUSES } from "../proposals/schema";
import { copenhagenDate } from "../shared/working-days";
import type { RetentionFacts } from "./rules";

export interface RetentionRow {
  id: number;
  alias: string;
  responsibleUserId: number;
  facts: RetentionFacts;
}

/**
 * The retention facts of every candidate of a jobcentre not yet anonymised: five queries for the
 * whole jobcentre, not one per candidate. The consents, open proposals and endings are read through
 * the jobcentre's candidates (a join), not by lists of their ids: at national size (20,000
 * candidates at the big city) building forty 500-id statements three times cost drizzle more than
 * SQLite took to answer them (decision 086).
 */
export function retentionRows(db: DbOrTx, jobcentreId: number): RetentionRow[] {
  const mine = and(eq(candidates.jobcentreId, jobcentreId), isNull(candidates.anonymisedAt));
  const rows = db
    .select({ id: candidates.id, alias: candidates.alias, responsibleUserId: candidates.responsibleUserId, createdAt: candidates.createdAt })
    .from(candidates)
    .where(mine)
    .all();
  if (rows.length === 0) return [];
  const consentOf = new Map<number, RetentionFacts["consent"]>();
  const engaged = placedCandidates(db, jobcentreId);
  const endedOn = new Map<number, string>();
  // The current consent (not replaced); by id, so that the newest wins should there ever be two.
  for (const c of db
    .select({ candidateId: consents.candidateId, withdrawnAt: consents.withdrawnAt, expiresOn: consents.expiresOn })
    .from(consents)
    .innerJoin(candidates, eq(candidates.id, consents.candidateId))
    .where(and(mine, isNull(consents.replacedAt)))
    .orderBy(consents.id)
    .all()) {
    consentOf.set(c.candidateId, { withdrawnOn: c.withdrawnAt ? copenhagenDate(c.withdrawnAt) : null, expiresOn: c.expiresOn });
  }
  for (const p of db
    .select({ candidateId: proposals.candidateId })
    .from(proposals)
    .innerJoin(candidates, eq(candidates.id, proposals.candidateId))
    .where(and(mine, inArray(proposals.status, OPEN_PROPOSAL_STATUSES)))
    .all()) {
    engaged.add(p.candidateId);
  }
  for (const e of db
    .select({ candidateId: placements.candidateId, endedOn: max(placementEndings.endedOn) })
    .from(placementEndings)
    .innerJoin(placements, eq(placements.id, placementEndings.placementId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .where(mine)
    .groupBy(placements.candidateId)
    .all()) {
    if (e.endedOn) endedOn.set(e.candidateId, e.endedOn);
  }
  return rows.map((r) => ({
    id: r.id,
    alias: r.alias,
    responsibleUserId: r.responsibleUserId,
    facts: {
      createdOn: copenhagenDate(r.createdAt),
      consent: consentOf.get(r.id) ?? null,
      // The last day of the citizen's latest ended placement; an active one (or an accepted proposal not yet started) is engaged.
      lastPlacementEndedOn: endedOn.get(r.id) ?? null,
      engaged: engaged.has(r.id),
    },
  }));
}
