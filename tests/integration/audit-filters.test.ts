/**
 * The audit log reads like Danish and filters by company, person and days (issue 9.13): the
 * filters come from the URL (plain GET, no JavaScript), keep the keyset paging, and stay
 * inside the admin's jobcentre.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, catalogueTasks, users } from "~/db/schema";
import { parseAuditFilters } from "~/http/filters/audit";
import { loader as auditPage } from "~/routes/jobcentre/audit";
import { loader as auditCsv } from "~/routes/csv/audit-log";
import { makeCompany, makeJobcentre, makeUser, sessionCookieFor } from "../factories";
import { call } from "../http";

type User = Awaited<ReturnType<typeof makeUser>>;
let admin: User;
let otherAdmin: User;
let hr: User;
let company: Awaited<ReturnType<typeof makeCompany>>["company"];
let otherCompany: Awaited<ReturnType<typeof makeCompany>>["company"];

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  const jc = await makeJobcentre();
  const otherJc = await makeJobcentre();
  admin = await makeUser("jobcentre_admin", { jobcentreId: jc.id });
  getDb().update(users).set({ name: `Anne Revisor ${jc.id}` }).where(eq(users.id, admin.id)).run();
  admin = { ...admin, name: `Anne Revisor ${jc.id}` };
  otherAdmin = await makeUser("jobcentre_admin", { jobcentreId: otherJc.id });
  company = (await makeCompany(jc.id)).company;
  otherCompany = (await makeCompany(otherJc.id)).company;
  hr = await makeUser("company_admin", { companyId: company.id });
  const row = (over: Partial<typeof auditLog.$inferInsert>) => ({ event: "auth.login" as const, jobcentreId: jc.id, at: at("2026-11-10T09:00:00Z"), ...over });
  getDb()
    .insert(auditLog)
    .values([
      row({ event: "slot.approve", companyId: company.id, actorUserId: admin.id, at: at("2026-11-10T09:00:00Z"), details: { title: "Opvask", from: "submitted", to: "open" } }),
      row({ event: "auth.login", companyId: company.id, actorUserId: hr.id, at: at("2026-11-20T23:30:00Z") }),
      row({ event: "auth.login", actorUserId: admin.id, at: at("2026-11-25T08:00:00Z") }),
      row({ event: "task.created", companyId: company.id, actorUserId: hr.id, at: at("2026-11-26T08:00:00Z"), details: { title: "Vaske bakker", status: "draft", catalogueKey: "test-wash-trays" } }),
      // Another jobcentre's company: never in this admin's log, whatever the filter says.
      row({ event: "auth.login", jobcentreId: otherJc.id, companyId: otherCompany.id, at: at("2026-11-26T08:00:00Z") }),
    ])
    .run();
  getDb()
    .insert(catalogueTasks)
    .values({
      key: "test-wash-trays",
      industry: "bakery_food",
      titleDa: "Vaske bageplader",
      titleEn: "Wash baking trays",
      descriptionDa: "Vaske bageplader efter bagningen.",
      descriptionEn: "Wash baking trays after baking.",
      relievedRoleDa: "Bager",
      relievedRoleEn: "Baker",
      hoursPerWeek: 5,
      frequency: "daily",
      learningTime: "days",
      physical: 2,
      social: 1,
      language: 1,
      pace: 2,
      precision: 1,
      adaptations: [],
      stretchedAreas: ["production"],
      chores: ["washing_up"],
      reasonDa: "Bagerne bruger tid på opvask.",
      reasonEn: "Bakers spend time washing up.",
    })
    .onConflictDoNothing()
    .run();
});

async function page(user: User, search: string) {
  const result = await call(auditPage, { url: `/jobcentre/audit${search}`, cookie: sessionCookieFor(user.id) });
  expect(result.status).toBe(200);
  return result.body as Awaited<ReturnType<typeof auditPage>>;
}
/**
 * The rows written above, in order: the factories' own rows (sign-up, verification,
 * invitations, from the days before the test began) are left out, as they fall in the same
 * weeks as the hand-made dates.
 */
const MADE_BY_FACTORIES = new Set(["jobcentre.created", "company.signed_up", "company.verified", "user.invited", "user.invitation_accepted"]);
const ours = <R extends { event: string }>(rows: R[]) => rows.filter((r) => !MADE_BY_FACTORIES.has(r.event));
const events = async (search: string, user = admin) => ours((await page(user, search)).result.rows).map((r) => r.event);

describe("audit log filters", () => {
  it("by company: its CVR number exactly, or part of its name, only within the jobcentre", async () => {
    expect(await events(`?company=${company.cvr}`)).toEqual(["task.created", "auth.login", "slot.approve"]);
    expect(await events(`?company=${encodeURIComponent(company.name.slice(0, 12))}`)).toEqual(["task.created", "auth.login", "slot.approve"]);
    const foreign = await page(admin, `?company=${otherCompany.cvr}`);
    expect(foreign.result.rows).toEqual([]);
    expect(foreign.notes.unknownCompany).toBe(true);
  });

  it("by person: e-mail address or part of the name", async () => {
    expect(await events(`?user=${encodeURIComponent(hr.email.toUpperCase())}`)).toEqual(["task.created", "auth.login"]);
    expect(await events(`?user=${encodeURIComponent(admin.name)}`)).toEqual(["auth.login", "slot.approve"]);
    expect((await page(admin, "?user=nobody@nowhere.test")).notes.unknownUser).toBe(true);
  });

  it("by days, in Danish time, both days included, the wrong way round swapped", async () => {
    // 23:30 UTC on 20 November is 21 November in Denmark.
    expect(await events("?from=2026-11-21&to=2026-11-25")).toEqual(["auth.login", "auth.login"]);
    expect(await events("?from=2026-11-25&to=2026-11-21")).toEqual(["auth.login", "auth.login"]);
    expect(await events("?to=2026-11-20")).toEqual(["slot.approve"]);
    const bad = await page(admin, "?from=2026-02-31");
    expect(bad.notes.badDate).toBe(true);
    expect(ours(bad.result.rows)).toHaveLength(4);
    expect(parseAuditFilters(new URLSearchParams("from=2026-11-30&to=2026-11-01"))).toMatchObject({ from: "2026-11-01", to: "2026-11-30", badDate: false });
  });

  it("combine with the event filter and keep the keyset paging (the links keep the filters)", async () => {
    expect(await events(`?company=${company.cvr}&event=auth.login`)).toEqual(["auth.login"]);
    const data = await page(admin, `?company=${company.cvr}`);
    expect(data.result.links).toEqual({ newer: null, older: null });
    expect(data.filters).toMatchObject({ company: company.cvr, user: "", from: "", to: "" });
  });

  it("never show another jobcentre's rows", async () => {
    expect(await events(`?company=${otherCompany.cvr}`, otherAdmin)).toEqual(["auth.login"]);
    expect(await events(`?company=${company.cvr}`, otherAdmin)).toEqual([]);
  });
});

describe("the audit log in Danish", () => {
  it("says a status change with the status names, and a catalogue task by its title", async () => {
    const rows = (await page(admin, `?company=${company.cvr}`)).result.rows;
    // The loader writes the details in the reader's language (decision 043).
    const text = (event: string) => rows.find((row) => row.event === event)!.detailText;
    expect(text("slot.approve")).toBe("Status: Sendt til jobcentret → Åben · Titel: Opvask");
    expect(text("task.created")).toBe("Titel: Vaske bakker · Status: Kladde · Fra opgavekataloget: Vaske bageplader");
    expect(text("slot.approve")).not.toMatch(/submitted|open\b|from:|to:/);
  });

  it("and in English for a reader who chose English", async () => {
    const result = await call(auditPage, { url: `/jobcentre/audit?company=${company.cvr}`, cookie: `${sessionCookieFor(admin.id)}; fodfaeste_lang=en` });
    const rows = (result.body as Awaited<ReturnType<typeof auditPage>>).result.rows;
    expect(rows.find((row) => row.event === "slot.approve")!.detailText).toMatch(/^Status: .+ → .+ · Title: Opvask$/);
    expect(rows.find((row) => row.event === "slot.approve")!.detailText).not.toContain("Åben");
  });

  it("and the CSV download answers with the same filters", async () => {
    const result = await call(auditCsv, { url: `/jobcentre/audit.csv?company=${company.cvr}`, cookie: sessionCookieFor(admin.id) });
    expect(result.status).toBe(200);
  });
});
