import { and, eq, inArray, isNotNull, isNull, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { candidates, consentCompanies, consents, proposals } from "~/db/schema";
import { withdrawableCompanyIds, type ConsentFacts } from "./consent";
import type { ConsentMethod } from "./vocabulary";

export type CurrentConsent = ConsentFacts & { id: number; method: ConsentMethod; recordedByUserId: number; createdAt: Date };

/** The candidate's current consent (the latest not replaced), with its company rows. */
// Built once per connection (decision 051): every placement and candidate page reads the consent.
const currentConsentRow = preparedPerConnection((db) =>
  db
    .select()
    .from(consents)
    .where(and(eq(consents.candidateId, sql.placeholder("candidateId")), isNull(consents.replacedAt)))
    .prepare(),
);
const consentCompanyRows = preparedPerConnection((db) => db.select().from(consentCompanies).where(eq(consentCompanies.consentId, sql.placeholder("consentId"))).prepare());

export function currentConsent(db: DbOrTx, candidateId: number): CurrentConsent | null {
  const row = currentConsentRow(db).get({ candidateId });
  if (!row) return null;
  const companyRows = consentCompanyRows(db).all({ consentId: row.id });
  return {
    id: row.id,
    givenOn: row.givenOn,
    expiresOn: row.expiresOn,
    scope: row.scope,
    method: row.method,
    sections: row.sections,
    withdrawnAt: row.withdrawnAt,
    recordedByUserId: row.recordedByUserId,
    createdAt: row.createdAt,
    companyIds: companyRows.filter((r) => !r.withdrawnAt).map((r) => r.companyId),
    withdrawnCompanyIds: companyRows.filter((r) => r.withdrawnAt).map((r) => r.companyId),
  };
}

/**
 * The same rule as `covers` (consent.ts), as SQL for lists: a current consent of the
 * candidate, not withdrawn, valid today, and covering the company. Both are tested.
 */
export function consentCoversSql(candidateId: SQL | unknown, companyId: SQL | unknown, today: string | Placeholder): SQL {
  return sql`exists (
    select 1 from ${consents} cs
    where cs.candidate_id = ${candidateId}
      and cs.replaced_at is null
      and cs.withdrawn_at is null
      and cs.given_on <= ${today}
      and cs.expires_on >= ${today}
      and not exists (
        select 1 from ${consentCompanies} cw
        where cw.consent_id = cs.id and cw.company_id = ${companyId} and cw.withdrawn_at is not null
      )
      and (cs.scope = 'any' or exists (
        select 1 from ${consentCompanies} cc
        where cc.consent_id = cs.id and cc.company_id = ${companyId} and cc.withdrawn_at is null
      ))
  )`;
}

/** The companies this consent may be withdrawn for one at a time (consent.ts withdrawableCompanyIds), from the candidate's live proposals. */
export function withdrawableCompanies(db: DbOrTx, candidateId: number, consent: ConsentFacts): number[] {
  const live = db
    .selectDistinct({ companyId: proposals.companyId })
    .from(proposals)
    .where(and(eq(proposals.candidateId, candidateId), inArray(proposals.status, ["proposed", "meeting_planned", "accepted"])))
    .all()
    .map((r) => r.companyId);
  return withdrawableCompanyIds(consent, live);
}

/** Copies the candidate's jobcentre onto consents recorded before the column existed (decision 040), at start-up. */
export function backfillConsentJobcentres(db: DbOrTx): number {
  return db
    .update(consents)
    .set({ jobcentreId: sql`(select ${candidates.jobcentreId} from ${candidates} where ${candidates.id} = ${consents.candidateId})` })
    .where(isNull(consents.jobcentreId))
    .run().changes;
}

/**
 * Keeps the candidate's `consent_expires_on` (decision 044): the current consent's last day, or
 * null once it is withdrawn. Every command that records or withdraws a whole consent calls it in
 * its transaction; the candidate's `updated_at` does not move (the consent is not the profile).
 */
export function keepConsentExpiry(tx: DbOrTx, candidateId: number, expiresOn: string | null): void {
  tx.update(candidates).set({ consentExpiresOn: expiresOn }).where(eq(candidates.id, candidateId)).run();
}

/**
 * `consent_expires_on` by its definition, as SQL over a candidate row (the start-up fill and the
 * tests). Written out with an alias: drizzle leaves a lone table's columns unqualified.
 */
export const consentExpiresOnByDefinition = sql<string | null>`(select cs.expires_on from ${consents} cs where cs.candidate_id = ${candidates}.id and cs.replaced_at is null and cs.withdrawn_at is null)`;

/**
 * Fills `consent_expires_on` of candidates from before the column (decision 044), at start-up
 * and by `bench:data`: the candidates without one whose current consent is not withdrawn. The
 * column arrives empty and the commands keep it from then on, so once any candidate has a day the
 * fill was done: the server then skips the scan of every candidate (65 ms at national size).
 */
export function backfillConsentExpiry(db: DbOrTx): number {
  if (db.select({ id: candidates.id }).from(candidates).where(isNotNull(candidates.consentExpiresOn)).limit(1).get()) return 0;
  return db
    .update(candidates)
    .set({ consentExpiresOn: consentExpiresOnByDefinition })
    .where(and(isNull(candidates.consentExpiresOn), sql`${consentExpiresOnByDefinition} is not null`))
    .run().changes;
}
