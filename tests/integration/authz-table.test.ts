/**
 * Every route × every persona, including users of another company and another jobcentre:
 * the status a person gets. Later issues add their routes to ROUTES.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { call, testContext } from "../http";
import { makeWorld, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
const PERSONAS = ["anon", "hr", "mentor", "consultant", "admin", "hrOther", "consultantOther", "adminOther"] as const;
type Persona = (typeof PERSONAS)[number];

/** Expected statuses in PERSONAS order. */
type Row = {
  route: string;
  load: () => Promise<{ loader?: unknown; action?: unknown }>;
  url: (w: World) => string;
  params?: (w: World) => Record<string, string>;
  form?: Record<string, string>;
  expect: [number, number, number, number, number, number, number, number];
};

const r = (s: string) => s.split(/\s+/).filter(Boolean).map(Number) as Row["expect"];

//                                                          anon  hr  mentor cons admin hrO consO admO
const ROUTES: Row[] = [
  { route: "GET /", load: () => import("~/routes/home"), url: () => "/", expect: r("200 302 302 302 302 302 302 302") },
  { route: "GET /login", load: () => import("~/routes/auth/login"), url: () => "/login", expect: r("200 302 302 302 302 302 302 302") },
  { route: "GET /signup", load: () => import("~/routes/auth/signup"), url: () => "/signup", expect: r("200 302 302 302 302 302 302 302") },
  { route: "GET /account", load: () => import("~/routes/account"), url: () => "/account", expect: r("302 200 200 200 200 200 200 200") },
  { route: "GET /company", load: () => import("~/routes/company/start"), url: () => "/company", expect: r("302 200 200 403 403 200 403 403") },
  { route: "GET /company/profile", load: () => import("~/routes/company/profile"), url: () => "/company/profile", expect: r("302 200 403 403 403 200 403 403") },
  { route: "POST /company/profile", load: () => import("~/routes/company/profile"), url: () => "/company/profile", form: { name: "Nyt Navn ApS", industry: "retail", version: "1" }, expect: r("302 302 403 403 403 302 403 403") },
  { route: "GET /company/workplaces", load: () => import("~/routes/company/workplaces"), url: () => "/company/workplaces", expect: r("302 200 403 403 403 200 403 403") },
  { route: "GET /company/workplaces/new", load: () => import("~/routes/company/workplace-new"), url: () => "/company/workplaces/new", expect: r("302 200 403 403 403 200 403 403") },
  {
    route: "GET /company/workplaces/:id (company A's)",
    load: () => import("~/routes/company/workplace-edit"),
    url: (w) => `/company/workplaces/${w.workplaceA.id}`,
    params: (w) => ({ workplaceId: String(w.workplaceA.id) }),
    expect: r("302 200 403 403 403 404 403 403"),
  },
  {
    route: "POST /company/workplaces/:id close (company A's)",
    load: () => import("~/routes/company/workplace-edit"),
    url: (w) => `/company/workplaces/${w.workplaceA.id}`,
    params: (w) => ({ workplaceId: String(w.workplaceA.id) }),
    form: { intent: "close" },
    // HR of A is refused with a form message (last open workplace), never a silent close.
    expect: r("302 400 403 403 403 404 403 403"),
  },
  { route: "GET /company/colleagues", load: () => import("~/routes/company/colleagues"), url: () => "/company/colleagues", expect: r("302 200 403 403 403 200 403 403") },
  {
    route: "POST /company/colleagues invite",
    load: () => import("~/routes/company/colleagues"),
    url: () => "/company/colleagues",
    form: { intent: "invite", email: "ny@test.dk", role: "consultant" },
    // HR may not hand out a jobcentre role: 403, not a new consultant.
    expect: r("302 403 403 403 403 403 403 403"),
  },
  { route: "GET /jobcentre", load: () => import("~/routes/jobcentre/start"), url: () => "/jobcentre", expect: r("302 403 403 200 200 403 200 200") },
  { route: "GET /jobcentre/companies", load: () => import("~/routes/jobcentre/companies"), url: () => "/jobcentre/companies", expect: r("302 403 403 200 200 403 200 200") },
  {
    route: "GET /jobcentre/companies/:id (company A)",
    load: () => import("~/routes/jobcentre/company"),
    url: (w) => `/jobcentre/companies/${w.companyA.id}`,
    params: (w) => ({ companyId: String(w.companyA.id) }),
    expect: r("302 403 403 200 200 403 404 404"),
  },
  {
    route: "POST /jobcentre/companies/:id verify (company A, already verified)",
    load: () => import("~/routes/jobcentre/company"),
    url: (w) => `/jobcentre/companies/${w.companyA.id}`,
    params: (w) => ({ companyId: String(w.companyA.id) }),
    form: { intent: "verify" },
    expect: r("302 403 403 409 409 403 404 404"),
  },
  { route: "GET /jobcentre/staff", load: () => import("~/routes/jobcentre/staff"), url: () => "/jobcentre/staff", expect: r("302 403 403 403 200 403 403 200") },
  {
    route: "POST /jobcentre/staff invite",
    load: () => import("~/routes/jobcentre/staff"),
    url: () => "/jobcentre/staff",
    form: { intent: "invite", email: "ny-konsulent@test.dk", role: "company_admin" },
    expect: r("302 403 403 403 403 403 403 403"),
  },
  { route: "GET /jobcentre/audit", load: () => import("~/routes/jobcentre/audit"), url: () => "/jobcentre/audit", expect: r("302 403 403 403 200 403 403 200") },
];

let world: World;
const cookies = new Map<Persona, string | undefined>();

beforeAll(async () => {
  world = await makeWorld();
  cookies.set("anon", undefined);
  for (const p of PERSONAS) if (p !== "anon") cookies.set(p, sessionCookieFor(world[p].id));
});

describe.each(ROUTES)("$route", (row) => {
  it.each(PERSONAS.map((p, i) => [p, row.expect[i]!] as const))("%s gets %i", async (persona, expected) => {
    const mod = await row.load();
    const handler = (row.form ? mod.action : mod.loader) as Parameters<typeof call>[0];
    expect(handler, `${row.route} has no ${row.form ? "action" : "loader"}`).toBeTypeOf("function");
    const result = await call(handler, {
      url: row.url(world),
      form: row.form,
      params: row.params?.(world),
      cookie: cookies.get(persona),
      context: testContext(),
    });
    expect(result.status).toBe(expected);
  });
});

describe("development tools", () => {
  it("/dev/outbox does not exist in production mode", async () => {
    const mod = await import("~/routes/dev-outbox");
    const result = await call(mod.loader as Parameters<typeof call>[0], { url: "/dev/outbox", context: testContext({ mode: "production" }) });
    expect(result.status).toBe(404);
  });
  it("/dev/outbox exists in demo mode", async () => {
    const mod = await import("~/routes/dev-outbox");
    const result = await call(mod.loader as Parameters<typeof call>[0], { url: "/dev/outbox", context: testContext({ mode: "demo" }) });
    expect(result.status).toBe(200);
  });
});
