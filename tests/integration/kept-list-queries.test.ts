import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { companies } from "~/db/schema";
import { listJobcentreCompanies } from "~/domain/companies/queries.server";
import { listCompanySlots } from "~/domain/slots/queries.server";
import { createTask } from "~/domain/tasks/commands.server";
import { listTasks } from "~/domain/tasks/queries.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import { ctxFor, makeCompany, makeJobcentre, makeOpenSlot, makeSlot, makeUser, makeWorld } from "../factories";

/**
 * The jobcentre's companies and the company's slots keep their queries per shape (decision 053):
 * which filters are set, the order, whether the reader is a mentor. Each shape asked in turn, on
 * one connection, must answer with its own SQL and the reader's own values.
 */
type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let consultant: Awaited<ReturnType<typeof makeUser>>;
let otherConsultant: Awaited<ReturnType<typeof makeUser>>;
const slotIds: Record<string, number> = {};

beforeAll(async () => {
  w = await makeWorld();
  const jc = await makeJobcentre();
  consultant = await makeUser("consultant", { jobcentreId: jc.id });
  otherConsultant = await makeUser("consultant", { jobcentreId: w.otherJc.id });
  // Created in this order, named so that the name's order differs from the creation's.
  for (const [name, status] of [["Ø Sidst", "verified"], ["A Først", "pending"], ["M Midt", "verified"]] as const) {
    const { company } = await makeCompany(jc.id, { status });
    getDb().update(companies).set({ name }).where(eq(companies.id, company.id)).run();
  }
  slotIds.open = await makeOpenSlot(w);
  // Company B's tasks: an HR-only draft, and active tasks with different titles, hours and demands.
  const task = (title: string, hoursFreed: string, physical: string, activate = true) =>
    createTask(ctxFor(w.hrOther), {
      ...draftTaskInput.parse({
        title,
        description: "Vaske bageplader og forme efter morgenbagningen hver dag.",
        workplaceId: String(w.workplaceB.id),
        relievedRole: "Bager",
        hoursFreed,
        frequency: "daily",
        learningTime: "days",
        physical,
        social: "1",
        language: "1",
        pace: "1",
        precision: "1",
      }),
      activate,
    });
  task("Kladde Bo", "4", "1", false);
  task("Opvask Anna", "2", "3");
  task("Lager Carl", "6", "1");
  slotIds.draft = await makeSlot({ hr: w.hr });
  slotIds.withdrawn = await makeSlot({ hr: w.hr, status: "withdrawn" });
});

describe("lists through their kept queries", () => {
  it("the jobcentre's companies: by name or oldest first, by status, by search, and another jobcentre's none", () => {
    const names = (input: Omit<Parameters<typeof listJobcentreCompanies>[1], "page">, user = consultant) =>
      listJobcentreCompanies(ctxFor(user), { page: 1, ...input }).rows.map((r) => r.name);
    for (let round = 0; round < 2; round++) {
      expect(names({})).toEqual(["A Først", "M Midt", "Ø Sidst"]);
      expect(names({ oldestFirst: true })).toEqual(["Ø Sidst", "A Først", "M Midt"]);
      expect(names({ status: "verified" })).toEqual(["M Midt", "Ø Sidst"]);
      expect(names({ status: "pending" })).toEqual(["A Først"]);
      expect(names({ q: "Midt" })).toEqual(["M Midt"]);
      expect(names({ q: "Først", status: "verified" })).toEqual([]);
      expect(names({}, otherConsultant).filter((n) => ["A Først", "M Midt", "Ø Sidst"].includes(n))).toEqual([]);
    }
  });

  it("the company's slots: HR all of them, the mentor their own; unfinished, all or one status", () => {
    const ids = (user: typeof w.hr, status?: Parameters<typeof listCompanySlots>[1]["status"]) =>
      listCompanySlots(ctxFor(user), { page: 1, status }).rows.map((r) => r.id).sort((a, b) => a - b);
    const sorted = (...xs: number[]) => xs.sort((a, b) => a - b);
    for (let round = 0; round < 2; round++) {
      expect(ids(w.hr)).toEqual(sorted(slotIds.open!, slotIds.draft!));
      expect(ids(w.mentor)).toEqual([slotIds.open]);
      expect(ids(w.hr, "all")).toEqual(sorted(slotIds.open!, slotIds.draft!, slotIds.withdrawn!));
      expect(ids(w.hr, "withdrawn")).toEqual([slotIds.withdrawn]);
      expect(ids(w.hr, "draft")).toEqual([slotIds.draft]);
      expect(ids(w.mentor, "all")).toEqual([slotIds.open]);
      expect(ids(w.hrOther, "all")).toEqual([]);
    }
  });

  it("the company's tasks: the reader's statuses, by status, search, demand and each order", async () => {
    const mentorB = await makeUser("mentor", { companyId: w.companyB.id });
    const titles = (user: typeof w.hr, filters: Partial<Parameters<typeof listTasks>[2]> = {}) =>
      listTasks(ctxFor(user), w.companyB.id, { page: 1, sort: "title", maxDemand: {}, ...filters }).rows.map((r) => r.title);
    for (let round = 0; round < 2; round++) {
      expect(titles(w.hrOther)).toEqual(["Kladde Bo", "Lager Carl", "Opvask Anna"]);
      expect(titles(mentorB)).toEqual(["Lager Carl", "Opvask Anna"]);
      expect(titles(w.hrOther, { status: "draft" })).toEqual(["Kladde Bo"]);
      expect(titles(w.hrOther, { workplaceId: w.workplaceA.id })).toEqual([]);
      expect(titles(w.hrOther, { q: "Lager" })).toEqual(["Lager Carl"]);
      expect(titles(w.hrOther, { maxDemand: { physical: 1 } })).toEqual(["Kladde Bo", "Lager Carl"]);
      expect(titles(w.hrOther, { sort: "hours" })).toEqual(["Lager Carl", "Kladde Bo", "Opvask Anna"]);
      expect(titles(w.hrOther, { sort: "title", maxDemand: { physical: 1 }, q: "a" })).toEqual(["Kladde Bo", "Lager Carl"]);
    }
  });
});
