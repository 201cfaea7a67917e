/**
 * The candidate list at national size (decision 040): the count and the page's ids come from the
 * candidates alone and only the page's rows are joined. On varied data made through the commands
 * (aliases and hours that tie, consents valid, expiring, expired, withdrawn and none, open and
 * closed proposals, consultants in teams, several postcodes), every filter and sort gives the
 * same rows in the same order, and the same total, as the query it replaced.
 */
import { and, asc, count, desc, eq, inArray, isNull, like, lte, gte, sql, type SQL } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, consents, proposals, users } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { recordConsent, withdrawConsent } from "~/domain/candidates/commands.server";
import { backfillConsentJobcentres } from "~/domain/candidates/consent.server";
import { consentInput } from "~/domain/candidates/schema";
import { addDays, consentStatus } from "~/domain/candidates/consent";
import { expiringConsents, listCandidates } from "~/domain/candidates/candidate-list.server";
import { postcodesWithin } from "~/domain/geo/postcodes.server";
import { pageOffset } from "~/domain/pagination";
import { propose } from "~/domain/proposals/commands.server";
import { RULES } from "~/domain/rules/rules";
import { copenhagenDate } from "~/domain/shared/working-days";
import { teamMemberIds, setStaffTeam } from "~/domain/users/teams.server";
import { parseCandidateFilters } from "~/http/filters/candidates";
import type { CandidateFilters } from "~/domain/candidates/candidate-filters";
import { ctxFor, makeCandidate, makeOpenSlot, makeUser, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let second: typeof users.$inferSelect;
const PAGE = 4;

/** The list's query before decision 040 (every row joined before the sort and the offset), ties by id. */
function joined(ctx: Ctx, filters: CandidateFilters, pageSize: number) {
  const jobcentreId = ctx.actor.jobcentreId!;
  const today = copenhagenDate(ctx.now);
  const soon = addDays(today, RULES.consent.expiringSoonDays);
  const openProposalSql = sql`exists (select 1 from ${proposals} op where op.candidate_id = ${candidates.id} and op.status in ('proposed','meeting_planned'))`;
  const where: SQL[] = [eq(candidates.jobcentreId, jobcentreId)];
  if (filters.q) where.push(like(candidates.alias, `%${filters.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  if (filters.targetGroup) where.push(eq(candidates.targetGroup, filters.targetGroup));
  if (filters.minHours != null) where.push(gte(candidates.hoursNow, filters.minHours));
  if (filters.maxHours != null) where.push(lte(candidates.hoursNow, filters.maxHours));
  if (filters.responsible) where.push(eq(candidates.responsibleUserId, filters.responsible));
  if (filters.team) where.push(inArray(candidates.responsibleUserId, teamMemberIds(ctx, jobcentreId, filters.team)));
  if (filters.noOpenProposal) where.push(sql`not ${openProposalSql}`);
  if (filters.postcode) where.push(inArray(candidates.postcode, [...postcodesWithin(filters.postcode, filters.radiusKm)!.keys()]));
  const status: Record<string, SQL> = {
    none: sql`${consents.id} is null`,
    withdrawn: sql`${consents.withdrawnAt} is not null`,
    expired: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} < ${today}`,
    expiring: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} >= ${today} and ${consents.expiresOn} <= ${soon}`,
    valid: sql`${consents.withdrawnAt} is null and ${consents.expiresOn} > ${soon}`,
  };
  if (filters.consent) where.push(status[filters.consent]!);
  const condition = and(...where);
  const joinConsent = and(eq(consents.candidateId, candidates.id), isNull(consents.replacedAt));
  const total = getDb().select({ n: count() }).from(candidates).leftJoin(consents, joinConsent).where(condition).get()?.n ?? 0;
  const order = {
    alias: [asc(candidates.alias), asc(candidates.id)],
    updated: [desc(candidates.updatedAt), desc(candidates.id)],
    hours: [desc(candidates.hoursNow), asc(candidates.alias), asc(candidates.id)],
    // A withdrawn consent has no last day to sort by: with the candidates without one, last (decision 044).
    consent: [sql`${consents.expiresOn} is null or ${consents.withdrawnAt} is not null`, sql`case when ${consents.withdrawnAt} is null then ${consents.expiresOn} end`, asc(candidates.alias), asc(candidates.id)],
  }[filters.sort];
  const rows = getDb()
    .select({
      id: candidates.id,
      alias: candidates.alias,
      ageBand: candidates.ageBand,
      postcode: candidates.postcode,
      targetGroup: candidates.targetGroup,
      hoursNow: candidates.hoursNow,
      goalHours: candidates.goalHours,
      responsible: users.name,
      consentExpiresOn: consents.expiresOn,
      consentWithdrawnAt: consents.withdrawnAt,
      openProposal: sql<number>`${openProposalSql}`,
    })
    .from(candidates)
    .leftJoin(consents, joinConsent)
    .innerJoin(users, eq(users.id, candidates.responsibleUserId))
    .where(condition)
    .orderBy(...order)
    .limit(pageSize)
    .offset(pageOffset(filters.page, pageSize))
    .all()
    .map(({ consentWithdrawnAt, ...r }) => ({
      ...r,
      consentStatus: consentStatus(r.consentExpiresOn ? { expiresOn: r.consentExpiresOn, withdrawnAt: consentWithdrawnAt } : null, today),
      openProposal: Boolean(r.openProposal),
    }));
  return { rows, total, page: filters.page, pageSize, unknownPostcode: false };
}

const SEARCHES = [
  "",
  "q=Liste",
  "q=Liste Dup",
  "targetGroup=uddannelseshjaelp",
  "minHours=8&maxHours=20",
  "consent=valid",
  "consent=expiring",
  "consent=expired",
  "consent=withdrawn",
  "consent=none",
  "noOpenProposal=1",
  "consent=valid&noOpenProposal=1",
  "consent=valid&q=Liste Dup",
  "consent=expiring&noOpenProposal=1&team=Team Nord",
  "consent=withdrawn&postcode=8000&radius=5",
  "consent=none&noOpenProposal=1&minHours=10",
  "postcode=8000&radius=5",
  "postcode=2100&radius=0",
  "team=Team Nord",
  "team=Team Syd",
];

beforeAll(async () => {
  w = await makeWorld();
  second = await makeUser("consultant", { jobcentreId: w.jc.id });
  setStaffTeam(ctxFor(w.admin), { userId: second.id, team: "Team Nord" });
  const today = copenhagenDate(new Date());
  const made: number[] = [];
  const groups = ["kontanthjaelp_aktivitetsparat", "uddannelseshjaelp"];
  const postcodes = ["8000", "8200", "2100"];
  for (let i = 0; i < 14; i++) {
    const consultant = i % 3 === 0 ? second : w.consultant;
    const consent = i % 5 === 4 ? null : { expiresOn: addDays(today, i % 2 ? 10 : 150 + i) };
    const alias = i % 4 === 0 ? "Liste Dup" : `Liste ${String.fromCharCode(90 - i)}`;
    made.push(await makeCandidate(consultant, { alias, hoursNow: String([5, 10, 10, 20][i % 4]), goalHours: "", postcode: postcodes[i % 3], targetGroup: groups[i % 2] }, consent));
  }
  withdrawConsent(ctxFor(w.consultant), { candidateId: made[2]! });
  // A renewed consent: the first one is replaced, the list and the renewals read the new one.
  recordConsent(ctxFor(w.consultant), { candidateId: made[1]!, ...consentInput.parse({ givenOn: today, method: "digital", scope: "any", expiresOn: addDays(today, 12), sections: ["support"] }) });
  withdrawConsent(ctxFor(second), { candidateId: made[6]! });
  const slot = await makeOpenSlot(w, { seats: 3 });
  for (const i of [1, 3, 8]) propose(ctxFor(w.consultant), { candidateId: made[i]!, slotId: slot, motivation: "Passer godt." });
});

describe("the candidate list, ids first", () => {
  it("gives the same rows, order and total as the joined query, for every filter and sort, on every page and day", () => {
    let compared = 0;
    for (const offset of [0, 5, 170]) {
      const now = new Date(Date.now() + offset * 86_400_000);
      for (const user of [w.consultant, second]) {
        const ctx = ctxFor(user, now);
        for (const search of [...SEARCHES, `responsible=${second.id}`]) {
          for (const sort of ["alias", "updated", "hours", "consent"]) {
            for (const page of [1, 3]) {
              const filters = parseCandidateFilters(new URLSearchParams(`${search}&sort=${sort}&page=${page}`));
              const expected = joined(ctx, filters, PAGE);
              expect(listCandidates(ctx, filters, PAGE), `${search} sorted by ${sort}, page ${page}, day +${offset}`).toEqual(expected);
              // "No open proposal" both ways (decision 059): probed per candidate (the default at these sizes) and from the list of open proposals.
              expect(listCandidates(ctx, filters, PAGE, { probeOpenProposalsBelow: 0 }), `${search} sorted by ${sort}, page ${page}, day +${offset}, from the list`).toEqual(expected);
              if (expected.rows.length > 0) compared++;
            }
          }
        }
      }
    }
    // The data is varied enough that most combinations show rows.
    expect(compared).toBeGreaterThan(150);
  });

  it("shows each status and an open proposal where the data has them", () => {
    const rows = listCandidates(ctxFor(w.consultant, new Date(Date.now() + 5 * 86_400_000)), parseCandidateFilters(new URLSearchParams("q=Liste")), 50).rows;
    expect(new Set(rows.map((r) => r.consentStatus))).toEqual(new Set(["valid", "expiring", "withdrawn", "none"]));
    expect(rows.filter((r) => r.openProposal)).toHaveLength(3);
    expect(listCandidates(ctxFor(w.consultantOther), parseCandidateFilters(new URLSearchParams("q=Liste"))).total).toBe(0);
  });

  it("names the consents to renew as the join on the jobcentre's candidates did, on every day; old consents get their jobcentre at start-up", () => {
    const renewals = (ctx: Ctx) => {
      const today = copenhagenDate(ctx.now);
      return getDb()
        .select({ id: candidates.id, alias: candidates.alias, expiresOn: consents.expiresOn, responsible: users.name })
        .from(consents)
        .innerJoin(candidates, eq(candidates.id, consents.candidateId))
        .innerJoin(users, eq(users.id, candidates.responsibleUserId))
        .where(
          and(
            eq(candidates.jobcentreId, ctx.actor.jobcentreId!),
            isNull(consents.replacedAt),
            isNull(consents.withdrawnAt),
            gte(consents.expiresOn, today),
            lte(consents.expiresOn, addDays(today, RULES.consent.expiringSoonDays)),
          ),
        )
        .orderBy(asc(consents.expiresOn), asc(candidates.alias), asc(candidates.id))
        .limit(50)
        .all();
    };
    let found = 0;
    for (const offset of [0, 1, 5, 140, 150, 160]) {
      for (const user of [w.consultant, w.consultantOther]) {
        const ctx = ctxFor(user, new Date(Date.now() + offset * 86_400_000));
        const expected = renewals(ctx);
        expect(expiringConsents(ctx), `day +${offset}`).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(10);
    const db = getDb();
    const kept = db.select({ id: consents.id, jobcentreId: consents.jobcentreId }).from(consents).orderBy(consents.id).all();
    expect(kept.every((c) => c.jobcentreId !== null)).toBe(true);
    db.update(consents).set({ jobcentreId: null }).run();
    expect(backfillConsentJobcentres(db)).toBe(kept.length);
    expect(db.select({ id: consents.id, jobcentreId: consents.jobcentreId }).from(consents).orderBy(consents.id).all()).toEqual(kept);
  });
});
