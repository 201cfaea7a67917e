/**
 * Decision 079: a company's workplaces are read in the lists' order (name, then id) from
 * `workplaces_company_name_idx` (migration 0023) instead of sorted per view, and the workplace
 * list's count and page are kept per number of search patterns. Each read is compared with the
 * plain one (built per call, as before, ordered in JavaScript where the old read left ties to
 * SQLite's sorter) over a company whose names repeat, differ in case and Danish letters, and
 * whose workplaces close and reopen; and each statement's plan is checked.
 */
import type BetterSqlite from "better-sqlite3";
import { and, asc, count, eq, type SQL } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "~/db/client.server";
import { workplaces } from "~/db/schema";
import { listWorkplaceChoices, listWorkplaces, openWorkplacesHead, pageWorkplaces } from "~/domain/companies/queries.server";
import { pageOffset } from "~/domain/pagination";
import { likeAny, searchPatterns } from "~/domain/shared/search-text";
import { ctxFor, makeCompany, makeJobcentre, makeUser, refusal } from "../factories";

type Row = typeof workplaces.$inferSelect;
let hr: Awaited<ReturnType<typeof makeCompany>>["hr"];
let otherHr: Awaited<ReturnType<typeof makeCompany>>["hr"];
let companyId: number;
const ids: number[] = [];

// Names out of insertion and p-number order, repeated (ties go by id), in both cases and with æ, ø, å.
const NAMES = ["Østerbro", "Afdeling 10", "afdeling 2", "Afdeling 1", "Afdeling 10", "Århus Syd", "Ærø", "Bageriet", "Afdeling 1", "Zebra", "bageriet", "Ølstykke"];

beforeAll(async () => {
  const jc = await makeJobcentre();
  const chain = await makeCompany(jc.id);
  hr = chain.hr;
  companyId = chain.company.id;
  ids.push(chain.workplace.id);
  const other = await makeCompany(jc.id);
  otherHr = other.hr;
  // Thirty-six more, p-numbers falling while names rise and fall.
  for (let i = 0; i < 36; i++) {
    const name = NAMES[i % NAMES.length]!;
    const row = getDb()
      .insert(workplaces)
      .values({ companyId, pNumber: String(9_000_000_000 - i), name, address: `Vej ${i % 5}`, postcode: i % 2 ? "8000" : "2100", city: i % 3 ? "Aarhus C" : "København Ø", ordinaryFte: 5 + i })
      .returning({ id: workplaces.id })
      .get();
    ids.push(row.id);
  }
  // The other company has workplaces of the same names, which must never show.
  for (const name of NAMES.slice(0, 4)) {
    getDb().insert(workplaces).values({ companyId: other.company.id, pNumber: `7${name.length}${Math.random().toString().slice(2, 10)}`, name, address: "Vej 9", postcode: "8000", city: "Aarhus C", ordinaryFte: 3 }).run();
  }
});

const byNameThenId = (a: { name: string; id: number }, b: { name: string; id: number }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id);

/** Every workplace of the company, sorted in JavaScript (the reference order). */
function reference(openOnly: boolean): Row[] {
  const rows = getDb().select().from(workplaces).where(eq(workplaces.companyId, companyId)).all();
  return rows.filter((r) => !openOnly || r.closedAt === null).sort(byNameThenId);
}

/** The workplace list's read as it was before decision 079: built per call. */
function plainPage(input: { page: number; pageSize: number; q?: string }) {
  const filters: (SQL | undefined)[] = [eq(workplaces.companyId, companyId)];
  if (input.q) filters.push(likeAny([workplaces.name, workplaces.address, workplaces.postcode, workplaces.city], searchPatterns(input.q)));
  const where = and(...filters);
  const total = getDb().select({ n: count() }).from(workplaces).where(where).get()?.n ?? 0;
  const rows = getDb().select().from(workplaces).where(where).orderBy(asc(workplaces.name), asc(workplaces.id)).limit(input.pageSize).offset(pageOffset(input.page, input.pageSize)).all();
  return { rows, total, page: input.page, pageSize: input.pageSize };
}

const SEARCHES = [undefined, "", "afdeling", "AFDELING 1", "ø", "Ø", "æ", "å", "bag", "8000", "københavn", "vej 3", "%", "_", "Afdeling 10", "ingen sådan"];

function checkAll() {
  const ctx = ctxFor(hr);
  // Shapes asked in turn on one connection: the kept query must be the shape's own.
  for (const pageSize of [1, 3, 7, 20]) {
    for (const q of SEARCHES) {
      const first = plainPage({ page: 1, pageSize, q });
      const last = Math.max(1, Math.ceil(first.total / pageSize));
      for (let page = 1; page <= last + 1; page++) {
        expect(pageWorkplaces(ctx, companyId, { page, pageSize, q }), `q=${q} page=${page} size=${pageSize}`).toEqual(plainPage({ page, pageSize, q }));
      }
    }
  }
  const all = reference(false);
  expect(pageWorkplaces(ctx, companyId, { page: 1, pageSize: 100 }).rows).toEqual(all);
  expect(listWorkplaces(ctx, companyId, { includeClosed: true })).toEqual(all);
  const open = reference(true);
  expect(listWorkplaces(ctx, companyId, { includeClosed: false })).toEqual(open);
  expect(listWorkplaceChoices(ctx, companyId)).toEqual(open.map((r) => ({ id: r.id, name: r.name, address: r.address, postcode: r.postcode, city: r.city })));
  for (const limit of [1, 2, 5, 10, 100]) {
    const head = openWorkplacesHead(ctx, limit);
    expect(head.total).toBe(open.length);
    expect(head.rows).toEqual(open.slice(0, limit).map((r) => ({ id: r.id, name: r.name, address: r.address, postcode: r.postcode, city: r.city, ordinaryFte: r.ordinaryFte })));
  }
}

describe("a company's workplaces by name, then id", () => {
  it("the kept page, the choices and the start page's head equal the plain reads as workplaces close and reopen", () => {
    checkAll();
    // Close every third, then reopen half of those, checking after each step.
    const closed = ids.filter((_, i) => i % 3 === 1);
    for (const id of closed) getDb().update(workplaces).set({ closedAt: new Date() }).where(eq(workplaces.id, id)).run();
    checkAll();
    for (const id of closed.filter((_, i) => i % 2 === 0)) getDb().update(workplaces).set({ closedAt: null }).where(eq(workplaces.id, id)).run();
    checkAll();
    // A rename moves a workplace in the order at once (nothing is kept but SQL).
    getDb().update(workplaces).set({ name: "Aaa først" }).where(eq(workplaces.id, ids[20]!)).run();
    checkAll();
    expect(pageWorkplaces(ctxFor(hr), companyId, { page: 1, pageSize: 1 }).rows[0]!.id).toBe(ids[20]);
  });

  it("answers only for the company's own workplaces", async () => {
    expect(pageWorkplaces(ctxFor(otherHr), otherHr.companyId!, { page: 1, pageSize: 100 }).rows.every((r) => r.companyId === otherHr.companyId)).toBe(true);
    expect(refusal(() => pageWorkplaces(ctxFor(otherHr), companyId, { page: 1 }))?.kind).toBe("not_found");
    const consultant = await makeUser("consultant", { jobcentreId: (await makeJobcentre()).id });
    expect(refusal(() => openWorkplacesHead(ctxFor(consultant), 10))?.kind).toBe("forbidden");
  });
});

const client = () => (getDb() as unknown as { $client: BetterSqlite.Database }).$client;

/** Each statement `read` ran, with its query plan for its own values. */
function plans(read: () => unknown) {
  const statement = Object.getPrototypeOf(client().prepare("select 1")) as BetterSqlite.Statement;
  const runs = (["get", "all"] as const).map((method) => vi.spyOn(statement, method));
  let ran: { source: string; values: unknown[] }[];
  try {
    read();
    ran = runs.flatMap((spy) => (spy.mock.contexts as BetterSqlite.Statement[]).map((run, i) => ({ source: run.source, values: spy.mock.calls[i] as unknown[] })));
  } finally {
    for (const spy of runs) spy.mockRestore();
  }
  return ran
    .filter(({ source }) => source.includes('from "workplaces"'))
    .map(({ source, values }) => ({ source, plan: (client().prepare(`explain query plan ${source}`).all(...values) as { detail: string }[]).map((p) => p.detail).join(" | ") }));
}

describe("the workplaces' reads use workplaces_company_name_idx (migration 0023)", () => {
  it.each([
    ["the start page's first ten and count", () => openWorkplacesHead(ctxFor(hr), 10)],
    ["the forms' choices", () => listWorkplaceChoices(ctxFor(hr), companyId)],
    ["the list's first page", () => pageWorkplaces(ctxFor(hr), companyId, { page: 1 })],
    ["the list's last page", () => pageWorkplaces(ctxFor(hr), companyId, { page: 2 })],
    ["every workplace", () => listWorkplaces(ctxFor(hr), companyId, { includeClosed: true })],
  ])("%s: in index order, no sort", (_, read) => {
    const ran = plans(read);
    expect(ran.length).toBeGreaterThan(0);
    for (const { source, plan } of ran) {
      // The counts without a closed or search test read the index alone (covering).
      expect(plan, source).toMatch(/^SEARCH workplaces USING (COVERING )?INDEX workplaces_company_name_idx \(company_id=\?\)$/);
    }
  });
});
