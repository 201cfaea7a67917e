/**
 * The authorisation table for placements: every route × every persona of the main table,
 * plus another company's mentor and a mentor of the same company who does not mentor the
 * placement. Kept beside authz-table.test.ts so areas do not collide.
 */
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { followUps } from "~/db/schema";
import { startPlacement } from "~/domain/placements/commands.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, makeAcceptedProposal, makeOpenSlot, makeUser, makeWorld, placementStartFor, sessionCookieFor } from "../factories";
import { call, testContext } from "../http";

const PERSONAS = ["anon", "hr", "mentor", "consultant", "admin", "hrOther", "consultantOther", "adminOther", "mentorOther", "mentorNotTheirs"] as const;
type Persona = (typeof PERSONAS)[number];
type Base = Awaited<ReturnType<typeof makeWorld>>;
interface World extends Base {
  mentorOther: Awaited<ReturnType<typeof makeUser>>;
  mentorNotTheirs: Awaited<ReturnType<typeof makeUser>>;
  pAccepted: number;
  pStarted: number;
  placement: number;
  followUp: number;
}

type Row = {
  route: string;
  load: () => Promise<{ loader?: unknown; action?: unknown }>;
  url: (w: World) => string;
  params?: (w: World) => Record<string, string>;
  form?: (w: World) => Record<string, string>;
  expect: number[];
};

const r = (s: string) => s.split(/\s+/).filter(Boolean).map(Number);
const startForm = (proposalId: number, over: Record<string, string> = {}) => ({
  proposalId: String(proposalId),
  startDate: copenhagenDate(new Date()),
  lengthWeeks: "13",
  startHours: "4",
  targetHours: "4",
  workingDays: "mon",
  goal1: "Arbejder 4 timer om ugen i uge 13",
  ...over,
});

//                                                                   anon  hr  mentor cons admin hrO consO admO mentorO mentorNT
const ROUTES: Row[] = [
  // The jobcentre's dashboard: its staff only, each counting their own jobcentre (jobcentre-dashboard.test.ts); odd filters never an error.
  { route: "GET /jobcentre/dashboard", load: () => import("~/routes/jobcentre/dashboard"), url: () => "/jobcentre/dashboard?period=custom&from=2026-13-01&to=x&scope=team", expect: r("302 403 403 200 200 403 200 200 403 403") },
  { route: "GET /company/placements", load: () => import("~/routes/company/placements/index"), url: () => "/company/placements?page=2", expect: r("302 200 200 403 403 200 403 403 200 200") },
  {
    route: "GET /company/placements/new",
    load: () => import("~/routes/company/placements/new"),
    url: (w) => `/company/placements/new?proposalId=${w.pAccepted}`,
    expect: r("302 200 403 403 403 404 403 403 403 403"),
  },
  {
    route: "POST /company/placements/new for a placement already started",
    load: () => import("~/routes/company/placements/new"),
    url: () => "/company/placements/new",
    form: (w) => startForm(w.pStarted),
    expect: r("302 409 403 403 403 404 403 403 403 403"),
  },
  {
    route: "POST /company/placements/new longer than the target group allows",
    load: () => import("~/routes/company/placements/new"),
    url: () => "/company/placements/new",
    form: (w) => startForm(w.pAccepted, { lengthWeeks: "14" }),
    expect: r("302 400 403 403 403 404 403 403 403 403"),
  },
  {
    route: "GET /company/placements/:id",
    load: () => import("~/routes/company/placements/detail"),
    url: (w) => `/company/placements/${w.placement}`,
    params: (w) => ({ placementId: String(w.placement) }),
    expect: r("302 200 200 403 403 404 403 403 404 404"),
  },
  {
    route: "GET /company/placements/:id/agreement.pdf",
    load: () => import("~/routes/pdf/company-agreement"),
    url: (w) => `/company/placements/${w.placement}/agreement.pdf`,
    params: (w) => ({ placementId: String(w.placement) }),
    expect: r("302 200 403 403 403 404 403 403 403 403"),
  },
  {
    route: "GET /jobcentre/placements/:id/agreement.pdf",
    load: () => import("~/routes/pdf/jobcentre-agreement"),
    url: (w) => `/jobcentre/placements/${w.placement}/agreement.pdf`,
    params: (w) => ({ placementId: String(w.placement) }),
    expect: r("302 403 403 200 200 403 404 404 403 403"),
  },
  { route: "GET /jobcentre/placements", load: () => import("~/routes/jobcentre/placements/index"), url: () => "/jobcentre/placements", expect: r("302 403 403 200 200 403 200 200 403 403") },
  {
    route: "GET /jobcentre/placements/new",
    load: () => import("~/routes/jobcentre/placements/new"),
    url: (w) => `/jobcentre/placements/new?proposalId=${w.pAccepted}`,
    expect: r("302 403 403 200 200 403 404 404 403 403"),
  },
  {
    route: "POST /jobcentre/placements/new for a placement already started",
    load: () => import("~/routes/jobcentre/placements/new"),
    url: () => "/jobcentre/placements/new",
    form: (w) => startForm(w.pStarted),
    expect: r("302 403 403 409 409 403 404 404 403 403"),
  },
  {
    route: "POST /jobcentre/placements/new 27 weeks after an assessment",
    load: () => import("~/routes/jobcentre/placements/new"),
    url: () => "/jobcentre/placements/new",
    form: (w) => startForm(w.pAccepted, { lengthWeeks: "27", assessmentOn: copenhagenDate(new Date()) }),
    expect: r("302 403 403 400 400 403 404 404 403 403"),
  },
  {
    route: "GET /jobcentre/placements/:id",
    load: () => import("~/routes/jobcentre/placements/detail"),
    url: (w) => `/jobcentre/placements/${w.placement}`,
    params: (w) => ({ placementId: String(w.placement) }),
    expect: r("302 403 403 200 200 403 404 404 403 403"),
  },
  {
    route: "POST /jobcentre/placements/:id a conversation note",
    load: () => import("~/routes/jobcentre/placements/detail"),
    url: (w) => `/jobcentre/placements/${w.placement}`,
    params: (w) => ({ placementId: String(w.placement) }),
    form: () => ({ text: "Samtale: glad for opgaverne." }),
    expect: r("302 403 403 302 302 403 404 404 403 403"),
  },
  // A løntilskud's monthly wage cost is changed on the placement's page; this placement is praktik, so the parties get 409.
  {
    route: "POST /company/placements/:id a wage cost for a praktik",
    load: () => import("~/routes/company/placements/detail"),
    url: (w) => `/company/placements/${w.placement}`,
    params: (w) => ({ placementId: String(w.placement) }),
    form: () => ({ intent: "wageCost", version: "1", monthlyWageCost: "24.500" }),
    expect: r("302 409 403 403 403 404 403 403 403 403"),
  },
  {
    route: "POST /company/placements/:id with no intent",
    load: () => import("~/routes/company/placements/detail"),
    url: (w) => `/company/placements/${w.placement}`,
    params: (w) => ({ placementId: String(w.placement) }),
    form: () => ({ monthlyWageCost: "24.500" }),
    expect: r("302 400 403 403 403 400 403 403 403 403"),
  },
  {
    route: "POST /jobcentre/placements/:id a wage cost for a praktik",
    load: () => import("~/routes/jobcentre/placements/detail"),
    url: (w) => `/jobcentre/placements/${w.placement}`,
    params: (w) => ({ placementId: String(w.placement) }),
    form: () => ({ intent: "wageCost", version: "1", monthlyWageCost: "24.500" }),
    expect: r("302 403 403 409 409 403 404 404 403 403"),
  },
  {
    route: "GET /company/placements/:id/follow-ups/:followUpId",
    load: () => import("~/routes/company/placements/follow-up"),
    url: (w) => `/company/placements/${w.placement}/follow-ups/${w.followUp}`,
    params: (w) => ({ placementId: String(w.placement), followUpId: String(w.followUp) }),
    expect: r("302 200 200 403 403 404 403 403 404 404"),
  },
  {
    route: "POST /company/placements/:id/follow-ups/:followUpId with a stale version",
    load: () => import("~/routes/company/placements/follow-up"),
    url: (w) => `/company/placements/${w.placement}/follow-ups/${w.followUp}`,
    params: (w) => ({ placementId: String(w.placement), followUpId: String(w.followUp) }),
    form: () => ({ intent: "draft", version: "999", daysPresent: "3" }),
    expect: r("302 409 409 403 403 404 403 403 404 404"),
  },
  {
    route: "GET /jobcentre/placements/:id/follow-ups/:followUpId",
    load: () => import("~/routes/jobcentre/placements/follow-up"),
    url: (w) => `/jobcentre/placements/${w.placement}/follow-ups/${w.followUp}`,
    params: (w) => ({ placementId: String(w.placement), followUpId: String(w.followUp) }),
    expect: r("302 403 403 200 200 403 404 404 403 403"),
  },
  {
    route: "POST /jobcentre/placements/:id/follow-ups/:followUpId comment on one not sent",
    load: () => import("~/routes/jobcentre/placements/follow-up"),
    url: (w) => `/jobcentre/placements/${w.placement}/follow-ups/${w.followUp}`,
    params: (w) => ({ placementId: String(w.placement), followUpId: String(w.followUp) }),
    form: () => ({ intent: "comment", text: "Godt gået" }),
    expect: r("302 403 403 409 409 403 404 404 403 403"),
  },
  {
    route: "GET /company/placements/:id/end",
    load: () => import("~/routes/company/placements/end"),
    url: (w) => `/company/placements/${w.placement}/end`,
    params: (w) => ({ placementId: String(w.placement) }),
    expect: r("302 200 403 403 403 404 403 403 403 403"),
  },
  {
    route: "POST /company/placements/:id/end a new end that is not a date",
    load: () => import("~/routes/company/placements/end"),
    url: (w) => `/company/placements/${w.placement}/end`,
    params: (w) => ({ placementId: String(w.placement) }),
    form: () => ({ intent: "move", version: "1", plannedEndDate: "snart" }),
    expect: r("302 400 403 403 403 404 403 403 403 403"),
  },
  {
    route: "POST /company/placements/:id/end interrupted without a reason",
    load: () => import("~/routes/company/placements/end"),
    url: (w) => `/company/placements/${w.placement}/end`,
    params: (w) => ({ placementId: String(w.placement) }),
    form: () => ({ intent: "end", version: "1", kind: "interrupted", endedOn: copenhagenDate(new Date()), outcome: "continued_search" }),
    expect: r("302 400 403 403 403 404 403 403 403 403"),
  },
  {
    route: "GET /company/placements/:id/timeline",
    load: () => import("~/routes/company/placements/timeline"),
    url: (w) => `/company/placements/${w.placement}/timeline`,
    params: (w) => ({ placementId: String(w.placement) }),
    expect: r("302 200 200 403 403 404 403 403 404 404"),
  },
  {
    route: "GET /jobcentre/placements/:id/end",
    load: () => import("~/routes/jobcentre/placements/end"),
    url: (w) => `/jobcentre/placements/${w.placement}/end`,
    params: (w) => ({ placementId: String(w.placement) }),
    expect: r("302 403 403 200 200 403 404 404 403 403"),
  },
  {
    route: "POST /jobcentre/placements/:id/end the status of a placement not ended",
    load: () => import("~/routes/jobcentre/placements/end"),
    url: (w) => `/jobcentre/placements/${w.placement}/end`,
    params: (w) => ({ placementId: String(w.placement) }),
    form: () => ({ intent: "status", category: "education" }),
    expect: r("302 403 403 409 409 403 404 404 403 403"),
  },
  {
    route: "POST /jobcentre/placements/:id/end completed with the outcome «interrupted»",
    load: () => import("~/routes/jobcentre/placements/end"),
    url: (w) => `/jobcentre/placements/${w.placement}/end`,
    params: (w) => ({ placementId: String(w.placement) }),
    form: () => ({ intent: "end", version: "1", kind: "completed", endedOn: copenhagenDate(new Date()), outcome: "interrupted" }),
    expect: r("302 403 403 400 400 403 404 404 403 403"),
  },
  {
    route: "GET /jobcentre/placements/:id/timeline",
    load: () => import("~/routes/jobcentre/placements/timeline"),
    url: (w) => `/jobcentre/placements/${w.placement}/timeline`,
    params: (w) => ({ placementId: String(w.placement) }),
    expect: r("302 403 403 200 200 403 404 404 403 403"),
  },
  { route: "GET /company/placements.csv", load: () => import("~/routes/csv/company-placements"), url: () => "/company/placements.csv", expect: r("302 200 200 403 403 200 403 403 200 200") },
  { route: "GET /jobcentre/placements.csv", load: () => import("~/routes/csv/jobcentre-placements"), url: () => "/jobcentre/placements.csv", expect: r("302 403 403 200 200 403 200 200 403 403") },
  {
    route: "GET /jobcentre/placements/:id/story",
    load: () => import("~/routes/jobcentre/placements/story"),
    url: (w) => `/jobcentre/placements/${w.placement}/story`,
    params: (w) => ({ placementId: String(w.placement) }),
    expect: r("302 403 403 200 200 403 404 404 403 403"),
  },
  {
    route: "POST /jobcentre/placements/:id/story a learning case of an active placement",
    load: () => import("~/routes/jobcentre/placements/story"),
    url: (w) => `/jobcentre/placements/${w.placement}/story`,
    params: (w) => ({ placementId: String(w.placement) }),
    form: () => ({ intent: "write", kind: "learning_case", title: "Lageret var for tungt", situation: "Otte timer", whatHappened: "For tunge løft", whatWouldHaveHelped: "En prøvedag" }),
    expect: r("302 403 403 409 409 403 404 404 403 403"),
  },
  { route: "GET /jobcentre/stories", load: () => import("~/routes/jobcentre/stories"), url: () => "/jobcentre/stories?kind=learning_case", expect: r("302 403 403 200 200 403 200 200 403 403") },
  // CSV of one placement's follow-ups and of the library of cases: the jobcentre's own only (candidate data).
  {
    route: "GET /jobcentre/placements/:id/follow-ups.csv",
    load: () => import("~/routes/csv/jobcentre-follow-ups"),
    url: (w) => `/jobcentre/placements/${w.placement}/follow-ups.csv`,
    params: (w) => ({ placementId: String(w.placement) }),
    expect: r("302 403 403 200 200 403 404 404 403 403"),
  },
  {
    route: "GET /jobcentre/placements/:id/follow-ups.csv (an id that is no number)",
    load: () => import("~/routes/csv/jobcentre-follow-ups"),
    url: () => "/jobcentre/placements/abc/follow-ups.csv",
    params: () => ({ placementId: "abc" }),
    expect: r("302 403 403 404 404 403 404 404 403 403"),
  },
  // The follow-ups across placements, and their CSVs (list-csvs.test.ts: each sees only their own rows).
  { route: "GET /company/follow-ups", load: () => import("~/routes/company/follow-ups"), url: () => "/company/follow-ups?view=overdue", expect: r("302 200 200 403 403 200 403 403 200 200") },
  { route: "GET /jobcentre/follow-ups", load: () => import("~/routes/jobcentre/follow-ups"), url: () => "/jobcentre/follow-ups?view=nonsense", expect: r("302 403 403 200 200 403 200 200 403 403") },
  { route: "GET /company/follow-ups.csv", load: () => import("~/routes/csv/company-follow-ups"), url: () => "/company/follow-ups.csv?view=all", expect: r("302 200 200 403 403 200 403 403 200 200") },
  { route: "GET /jobcentre/follow-ups.csv", load: () => import("~/routes/csv/jobcentre-all-follow-ups"), url: () => "/jobcentre/follow-ups.csv?view=all", expect: r("302 403 403 200 200 403 200 200 403 403") },
  { route: "GET /jobcentre/stories.csv", load: () => import("~/routes/csv/stories"), url: () => "/jobcentre/stories.csv?kind=learning_case", expect: r("302 403 403 200 200 403 200 200 403 403") },
];

let world: World;
const cookies = new Map<Persona, string | undefined>();

beforeAll(async () => {
  const base = await makeWorld();
  const mentorOther = await makeUser("mentor", { companyId: base.companyB.id });
  const mentorNotTheirs = await makeUser("mentor", { companyId: base.companyA.id });
  const slot = await makeOpenSlot(base, { seats: 3 });
  const { proposalId: pAccepted } = await makeAcceptedProposal(base, slot);
  const { proposalId: pStarted } = await makeAcceptedProposal(base, slot);
  const placement = startPlacement(ctxFor(base.hr), placementStartFor(pStarted));
  const followUp = getDb().select({ id: followUps.id }).from(followUps).where(eq(followUps.placementId, placement)).orderBy(asc(followUps.dueDate)).get()!.id;
  world = { ...base, mentorOther, mentorNotTheirs, pAccepted, pStarted, placement, followUp };
  cookies.set("anon", undefined);
  for (const p of PERSONAS) if (p !== "anon") cookies.set(p, sessionCookieFor(world[p].id));
});

describe.each(ROUTES)("$route", (row) => {
  it.each(PERSONAS.map((p, i) => [p, row.expect[i]!] as const))("%s gets %i", async (persona, expected) => {
    const mod = await row.load();
    const handler = (row.form ? mod.action : mod.loader) as Parameters<typeof call>[0];
    expect(handler, `${row.route} has no ${row.form ? "action" : "loader"}`).toBeTypeOf("function");
    const result = await call(handler, { url: row.url(world), form: row.form?.(world), params: row.params?.(world), cookie: cookies.get(persona), context: testContext() });
    expect(result.status).toBe(expected);
  });
});
