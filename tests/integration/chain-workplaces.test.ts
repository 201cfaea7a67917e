/**
 * A national chain with 120 workplaces (issue 10): HR's workplace list is paged and searchable,
 * the CSV still holds them all, and the slot and task forms and the task lists' filters offer
 * the open ones grouped by town, so a choice among a hundred is a short scroll to the town, not
 * a 100-line list. The jobcentre's page about the chain counts its workplaces and towns and links
 * to the same paged, searchable list.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { workplaces } from "~/db/schema";
import { GROUP_WORKPLACES_FROM, workplaceChoices } from "~/domain/companies/workplace-choice";
import { loader as workplacesLoader } from "~/routes/company/workplaces";
import { loader as newSlotLoader } from "~/routes/company/slots/new";
import { loader as newTaskLoader } from "~/routes/company/tasks/new";
import { loader as csvLoader } from "~/routes/csv/workplaces";
import { loader as startLoader } from "~/routes/company/start";
import { loader as tasksLoader } from "~/routes/company/tasks/index";
import { loader as jobcentreCompanyLoader } from "~/routes/jobcentre/company";
import { loader as jobcentreTasksLoader } from "~/routes/jobcentre/company-tasks";
import { loader as jobcentreWorkplacesLoader } from "~/routes/jobcentre/company-workplaces";
import { loader as jobcentreCsvLoader } from "~/routes/csv/jobcentre-company-workplaces";
import { call } from "../http";
import { makeWorld, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const TOWNS = [
  ["8000", "Aarhus C"],
  ["5000", "Odense C"],
  ["2100", "København Ø"],
  ["9000", "Aalborg"],
  ["6700", "Esbjerg"],
  ["7100", "Vejle"],
] as const;

interface ListBody {
  workplaces: { rows: { id: number; name: string; city: string; closed: boolean }[]; total: number; page: number; pageSize: number };
  q: string;
}
const list = async (query: string, userId = w.hr.id) => {
  const res = await call(workplacesLoader as never, { url: `/company/workplaces${query}`, cookie: sessionCookieFor(userId) });
  return { status: res.status, body: res.body as ListBody };
};

beforeAll(async () => {
  w = await makeWorld();
  // The factory's "Hovedafdelingen" (8000 Aarhus C) plus 119 shops: 120 workplaces, the last one closed.
  getDb()
    .insert(workplaces)
    .values(
      Array.from({ length: 119 }, (_, i) => {
        const [postcode, city] = TOWNS[i % TOWNS.length]!;
        return {
          companyId: w.companyA.id,
          pNumber: String(2_000_000_000 + i),
          name: `Kæden ${city.split(" ")[0]} ${String(i + 1).padStart(3, "0")}`,
          address: `Butiksgade ${i + 1}`,
          postcode,
          city,
          ordinaryFte: 12,
          closedAt: i === 118 ? new Date() : null,
        };
      }),
    )
    .run();
});

describe("a chain's workplace list", () => {
  it("shows 20 at a time, by name, with the total; every workplace once over the six pages, the closed one too", async () => {
    const first = await list("");
    expect(first.status).toBe(200);
    expect(first.body.workplaces).toMatchObject({ total: 120, page: 1, pageSize: 20 });
    expect(first.body.workplaces.rows).toHaveLength(20);
    const names = first.body.workplaces.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const last = await list("?page=6");
    expect(last.body.workplaces.rows).toHaveLength(20);
    const all = new Map<number, boolean>();
    for (let page = 1; page <= 6; page++) for (const r of (await list(`?page=${page}`)).body.workplaces.rows) all.set(r.id, r.closed);
    expect(all.size).toBe(120);
    expect([...all.values()].filter(Boolean)).toHaveLength(1); // the closed shop is listed, marked closed
  });

  it("narrows to a town, a postcode, a street or a name with q", async () => {
    const odense = await list("?q=Odense");
    expect(odense.body.workplaces.total).toBe(20);
    expect(odense.body.workplaces.rows.every((r) => r.city === "Odense C")).toBe(true);
    expect((await list("?q=9000")).body.workplaces.total).toBe(20);
    expect((await list("?q=Butiksgade 42")).body.workplaces.total).toBe(1);
    expect((await list("?q=Hovedafdelingen")).body.workplaces.total).toBe(1);
    expect((await list("?q=ingen+s%C3%A5dan+butik")).body.workplaces.total).toBe(0);
  });

  it("is the actor's own company only, and for HR only", async () => {
    expect((await list("", w.hrOther.id)).body.workplaces.total).toBe(1);
    expect((await list("", w.mentor.id)).status).toBe(403);
  });

  it("downloads all 120 as CSV, whatever page is shown", async () => {
    const request = new Request("http://localhost/company/workplaces.csv?page=3", { headers: { Cookie: sessionCookieFor(w.hr.id) } });
    const context = { nonce: "", clientIp: "10.9.9.9", mode: "test", setCookies: [] } as never;
    const res = (await (csvLoader as unknown as (a: unknown) => Promise<Response>)({ request, params: {}, context })) as Response;
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines).toHaveLength(121);
  });
});

describe("the chain's start page", () => {
  it("names the first 10 open workplaces and counts the rest, for HR and mentor alike", async () => {
    for (const user of [w.hr, w.mentor]) {
      const body = (await call(startLoader as never, { url: "/company", cookie: sessionCookieFor(user.id) })).body as { workplaces: unknown[]; workplaceCount: number };
      expect(body.workplaces).toHaveLength(10);
      expect(body.workplaceCount).toBe(119);
    }
  });
});

describe("the slot and task forms' workplace choice at a chain", () => {
  type Choices = { workplaces: { id: number; name: string; address: string; postcode: string; city: string }[] };

  it("offers the 119 open workplaces with their street and town, grouped by town in postcode order", async () => {
    const slot = (await call(newSlotLoader as never, { url: "/company/slots/new", cookie: sessionCookieFor(w.hr.id) })).body as Choices;
    const task = (await call(newTaskLoader as never, { url: "/company/tasks/new", cookie: sessionCookieFor(w.hr.id) })).body as Choices;
    for (const form of [slot, task]) {
      expect(form.workplaces).toHaveLength(119);
      const { groups, options } = workplaceChoices(form.workplaces);
      expect(groups!.map((g) => g.label)).toEqual(["2100 København Ø", "5000 Odense C", "6700 Esbjerg", "7100 Vejle", "8000 Aarhus C", "9000 Aalborg"]);
      expect(options).toHaveLength(119);
      expect(new Set(options.map((o) => o.value)).size).toBe(119);
      const aarhus = groups!.find((g) => g.label === "8000 Aarhus C")!;
      expect(aarhus.options[0]).toEqual({ value: String(w.workplaceA.id), label: "Hovedafdelingen, Testvej 1" });
      expect(Math.max(...groups!.map((g) => g.options.length))).toBeLessThanOrEqual(21);
    }
    const closed = getDb().select({ id: workplaces.id }).from(workplaces).where(eq(workplaces.pNumber, "2000000118")).get()!;
    expect(slot.workplaces.some((wp) => wp.id === closed.id)).toBe(false);
  });

  it("keeps a plain list of names for a company with a few workplaces", () => {
    const few = Array.from({ length: GROUP_WORKPLACES_FROM - 1 }, (_, i) => ({ id: i + 1, name: `Butik ${7 - i}`, address: "Vej 1", postcode: "8000", city: "Aarhus C" }));
    const choice = workplaceChoices(few);
    expect(choice.groups).toBeUndefined();
    expect(choice.options.map((o) => o.label)).toEqual(["Butik 1", "Butik 2", "Butik 3", "Butik 4", "Butik 5", "Butik 6", "Butik 7"]);
  });

  it("tells two shops of the same name in one town apart by their street", () => {
    const twins = Array.from({ length: GROUP_WORKPLACES_FROM }, (_, i) => ({ id: i + 1, name: "Netto", address: `Gade ${i + 1}`, postcode: "5000", city: "Odense C" }));
    const labels = workplaceChoices(twins).groups![0]!.options.map((o) => o.label);
    expect(new Set(labels).size).toBe(GROUP_WORKPLACES_FROM);
  });
});

describe("the task lists' workplace filter at a chain", () => {
  type Filter = { workplaces: { id: number; name: string; address: string; postcode: string; city: string }[] };

  it("gives HR's task list and the jobcentre's the open workplaces with street and town, for the grouped select", async () => {
    const hr = (await call(tasksLoader as never, { url: "/company/tasks", cookie: sessionCookieFor(w.hr.id) })).body as Filter;
    const jobcentre = (
      await call(jobcentreTasksLoader as never, {
        url: `/jobcentre/companies/${w.companyA.id}/tasks`,
        params: { companyId: String(w.companyA.id) },
        cookie: sessionCookieFor(w.consultant.id),
      })
    ).body as Filter;
    for (const list of [hr, jobcentre]) {
      expect(list.workplaces).toHaveLength(119);
      expect(workplaceChoices(list.workplaces).groups).toHaveLength(TOWNS.length);
      expect(list.workplaces.find((wp) => wp.id === w.workplaceA.id)).toEqual({ id: w.workplaceA.id, name: "Hovedafdelingen", address: "Testvej 1", postcode: "8000", city: "Aarhus C" });
    }
  });
});

describe("the jobcentre's view of a chain's workplaces", () => {
  const companyPage = async (companyId: number, userId = w.consultant.id) =>
    call(jobcentreCompanyLoader as never, { url: `/jobcentre/companies/${companyId}`, params: { companyId: String(companyId) }, cookie: sessionCookieFor(userId) });
  const listPage = async (query: string, userId = w.consultant.id) =>
    call(jobcentreWorkplacesLoader as never, {
      url: `/jobcentre/companies/${w.companyA.id}/workplaces${query}`,
      params: { companyId: String(w.companyA.id) },
      cookie: sessionCookieFor(userId),
    });
  type Summary = { workplaces: { total: number; closed: number; towns: number; rows: { name: string }[] | null }; workplacesHref: string };
  type JobcentreList = { result: ListBody["workplaces"]; q: string; back: { href: string } };

  it("counts the chain's workplaces and towns on the company page instead of listing 120", async () => {
    const body = (await companyPage(w.companyA.id)).body as Summary;
    expect(body.workplaces).toEqual({ total: 120, closed: 1, towns: TOWNS.length, rows: null });
    expect(body.workplacesHref).toMatch(new RegExp(`^/jobcentre/companies/${w.companyA.id}/workplaces\\?back=`));
  });

  it("still lists the few workplaces of an ordinary company on its page", async () => {
    const body = (await companyPage(w.companyB.id, w.consultantOther.id)).body as Summary;
    expect(body.workplaces.total).toBe(1);
    expect(body.workplaces.rows!.map((r) => r.name)).toEqual(["Hovedafdelingen"]);
  });

  it("pages the chain's workplaces 20 at a time and finds a town, a street or a name", async () => {
    const first = (await listPage("")).body as JobcentreList;
    expect(first.result).toMatchObject({ total: 120, page: 1, pageSize: 20 });
    expect(first.result.rows).toHaveLength(20);
    expect(first.back.href).toBe(`/jobcentre/companies/${w.companyA.id}`);
    const seen = new Set<number>();
    for (let page = 1; page <= 6; page++) for (const r of ((await listPage(`?page=${page}`)).body as JobcentreList).result.rows) seen.add(r.id);
    expect(seen.size).toBe(120);
    const vejle = (await listPage("?q=Vejle")).body as JobcentreList;
    expect(vejle.result.total).toBe(19); // every sixth of the 119 shops
    expect(vejle.result.rows.every((r) => r.city === "Vejle")).toBe(true);
    expect(((await listPage("?q=Butiksgade 42")).body as JobcentreList).result.total).toBe(1);
  });

  it("is the jobcentre's own companies only, and jobcentre staff only", async () => {
    expect((await listPage("", w.consultantOther.id)).status).toBe(404);
    expect((await listPage("", w.hr.id)).status).toBe(403);
    expect((await companyPage(w.companyA.id, w.consultantOther.id)).status).toBe(404);
  });

  it("downloads all 120 as CSV for the consultant, whatever page is shown", async () => {
    const request = new Request(`http://localhost/jobcentre/companies/${w.companyA.id}/workplaces.csv?page=2`, { headers: { Cookie: sessionCookieFor(w.consultant.id) } });
    const context = { nonce: "", clientIp: "10.9.9.9", mode: "test", setCookies: [] } as never;
    const res = (await (jobcentreCsvLoader as unknown as (a: unknown) => Promise<Response>)({ request, params: { companyId: String(w.companyA.id) }, context })) as Response;
    expect(res.status).toBe(200);
    expect((await res.text()).trim().split("\r\n")).toHaveLength(121);
  });
});
