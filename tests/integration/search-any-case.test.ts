import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { companies, users, workplaces } from "~/db/schema";
import { auditFilterTargets } from "~/domain/audit/queries.server";
import { listCandidates } from "~/domain/candidates/candidate-list.server";
import { listJobcentreCompanies, pageWorkplaces } from "~/domain/companies/queries.server";
import { listTasks } from "~/domain/tasks/queries.server";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { ctxFor, makeCandidate, makeTask, makeWorld } from "../factories";

/**
 * Searches find æ, ø and å in either case (decision 057): SQLite's LIKE folds only A–Z, and a
 * Danish user types "ærø" for "Ærø Bageri". Each list with a free-text search, through its own query.
 */
let w: Awaited<ReturnType<typeof makeWorld>>;
const ids: Record<string, number> = {};

beforeAll(async () => {
  w = await makeWorld();
  ids.aase = await makeCandidate(w.consultant, { alias: "Åse Ørnsø" });
  ids.aeble = await makeCandidate(w.consultant, { alias: "ÆBLE-Bo" });
  ids.plain = await makeCandidate(w.consultant, { alias: "Bo Hansen" });
  getDb().update(companies).set({ name: "Ærø Bageri ApS" }).where(eq(companies.id, w.companyA.id)).run();
  getDb().update(workplaces).set({ name: "Østergade-butikken" }).where(eq(workplaces.id, w.workplaceA.id)).run();
  ids.task = makeTask(w.hr, { title: "Øl og vand på lageret" });
  getDb().update(users).set({ name: "Øjvind Ågård" }).where(eq(users.id, w.mentor.id)).run();
});

describe("free text in any case of æ, ø and å", () => {
  it("candidates by alias", () => {
    const found = (q: string) => listCandidates(ctxFor(w.consultant), parseCandidateFilters(new URLSearchParams({ q }))).rows.map((r) => r.id).sort();
    expect(found("åse")).toEqual([ids.aase]);
    expect(found("ØRNSØ")).toEqual([ids.aase]);
    expect(found("ørnsø")).toEqual([ids.aase]);
    expect(found("æble")).toEqual([ids.aeble]);
    expect(found("å")).toEqual([ids.aase]);
    expect(found("bo").length).toBe(2);
  });

  it("the jobcentre's companies by name", () => {
    expect(listJobcentreCompanies(ctxFor(w.consultant), { page: 1, q: "ærø" }).rows.map((c) => c.id)).toEqual([w.companyA.id]);
    expect(listJobcentreCompanies(ctxFor(w.consultant), { page: 1, q: "ÆRØ BAGERI" }).total).toBe(1);
    expect(listJobcentreCompanies(ctxFor(w.consultant), { page: 1, q: "aero" }).total).toBe(0);
  });

  it("a chain's workplaces and the company's tasks", () => {
    expect(pageWorkplaces(ctxFor(w.hr), w.companyA.id, { page: 1, q: "østergade" }).rows.map((r) => r.id)).toEqual([w.workplaceA.id]);
    expect(listTasks(ctxFor(w.hr), w.companyA.id, { page: 1, q: "øl og" }).rows.map((r) => r.id)).toEqual([ids.task]);
    expect(listTasks(ctxFor(w.hr), w.companyA.id, { page: 1, q: "ØL OG VAND" }).rows.map((r) => r.id)).toEqual([ids.task]);
  });

  it("the audit log's filter on a person's name", () => {
    expect(auditFilterTargets(ctxFor(w.admin), { user: "øjvind ågård" }).userIds).toEqual([w.mentor.id]);
    expect(auditFilterTargets(ctxFor(w.admin), { company: "ærø" }).companyIds).toEqual([w.companyA.id]);
  });
});
