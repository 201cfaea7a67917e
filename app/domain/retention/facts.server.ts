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
 * The retention facts of every candidate of a jobcentre not yet anonymised: five queries
 * for the whole jobcentre, not one per candidate.
 */
export function retentionRows(db: DbOrTx, jobcentreId: number): RetentionRow[] {
  const rows = db
    .select({ id: candidates.id, alias: candidates.alias, responsibleUserId: candidates.responsibleUserId, createdAt: candidates.createdAt })
    .from(candidates)
    .where(and(eq(candidates.jobcentreId, jobcentreId), isNull(candidates.anonymisedAt)))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const consentOf = new Map<number, RetentionFacts["consent"]>();
  const engaged = placedCandidates(db, jobcentreId);
  const endedOn = new Map<number, string>();
  for (const chunk of chunks(ids)) {
    for (const c of db
      .select({ candidateId: consents.candidateId, withdrawnAt: consents.withdrawnAt, expiresOn: consents.expiresOn })
      .from(consents)
      .where(and(inArray(consents.candidateId, chunk), isNull(consents.replacedAt)))
      .all()) {
      consentOf.set(c.candidateId, { withdrawnOn: c.withdrawnAt ? copenhagenDate(c.withdrawnAt) : null, expiresOn: c.expiresOn });
    }
    for (const p of db
      .select({ candidateId: proposals.candidateId })
      .from(proposals)
      .where(and(inArray(proposals.candidateId, chunk), inArray(proposals.status, OPEN_PROPOSAL_STATUSES)))
      .all()) {
      engaged.add(p.candidateId);
    }
    for (const e of db
      .select({ candidateId: placements.candidateId, endedOn: max(placementEndings.endedOn) })
      .from(placementEndings)
      .innerJoin(placements, eq(placements.id, placementEndings.placementId))
      .where(inArray(placements.candidateId, chunk))
      .groupBy(placements.candidateId)
      .all()) {
      if (e.endedOn) endedOn.set(e.candidateId, e.endedOn);
    }
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

/** SQLite allows a limited number of bound values per statement. */
function* chunks<T>(items: T[], size = 500): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
