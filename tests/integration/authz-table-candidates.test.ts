/**
 * The authorisation table for candidates, consent and proposals: every route × every persona
 * of the main table, plus the personas this area adds: a mentor of the same company who does
 * not mentor the slot, and HR looking at a proposal after consent was withdrawn or expired
 * (as the rows for those proposal ids). Kept beside authz-table.test.ts so areas do not collide.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { withdrawConsent } from "~/domain/candidates/commands.server";
import { addDays } from "~/domain/candidates/consent";
import { propose } from "~/domain/proposals/commands.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, makeCandidate, makeOpenSlot, makeUser, makeWorld, sessionCookieFor, setConsentDays } from "../factories";
import { call, testContext } from "../http";

const PERSONAS = ["anon", "hr", "mentor", "consultant", "admin", "hrOther", "consultantOther", "adminOther", "mentorOther"] as const;
type Persona = (typeof PERSONAS)[number];
type Base = Awaited<ReturnType<typeof makeWorld>>;
interface World extends Base {
  mentorOther: Awaited<ReturnType<typeof makeUser>>;
  slotA: number;
  candidate: number;
  noConsent: number;
  pOpen: number;
  pWithdrawn: number;
  pExpired: number;
  toErase: number;
}

type Row = {
  route: string;
  load: () => Promise<{ loader?: unknown; action?: unknown }>;
  url: (w: World) => string;
  params?: (w: World) => Record<string, string>;
  form?: (w: World) => Record<string, string | string[]>;
  expect: number[];
};

const r = (s: string) => s.split(/\s+/).filter(Boolean).map(Number);
const today = () => copenhagenDate(new Date());

const profile = (w: World) => ({
  alias: "Ny kandidat",
  ageBand: "30-39",
  postcode: "8000",
  targetGroup: "sygedagpenge",
  strengths: "Stabil",
  hoursNow: "8",
  days: "mon",
  transport: "bike",
  maxTravelKm: "10",
  responsibleUserId: String(w.consultant.id),
});

//                                                                anon  hr  mentor cons admin hrO consO admO mentorO
const ROUTES: Row[] = [
  { route: "GET /jobcentre/candidates", load: () => import("~/routes/jobcentre/candidates/index"), url: () => "/jobcentre/candidates?consent=valid&sort=consent", expect: r("302 403 403 200 200 403 200 200 403") },
  // CSV downloads of candidate data: jobcentre staff only, each their own jobcentre's rows.
  { route: "GET /jobcentre/candidates.csv", load: () => import("~/routes/csv/candidates"), url: () => "/jobcentre/candidates.csv?consent=valid", expect: r("302 403 403 200 200 403 200 200 403") },
  { route: "GET /jobcentre/proposals.csv", load: () => import("~/routes/csv/jobcentre-proposals"), url: () => "/jobcentre/proposals.csv?unanswered=1", expect: r("302 403 403 200 200 403 200 200 403") },
  { route: "GET /jobcentre/candidates/new", load: () => import("~/routes/jobcentre/candidates/new"), url: () => "/jobcentre/candidates/new", expect: r("302 403 403 200 200 403 200 200 403") },
  {
    route: "POST /jobcentre/candidates/new with a CPR number",
    load: () => import("~/routes/jobcentre/candidates/new"),
    url: () => "/jobcentre/candidates/new",
    form: (w) => ({ ...profile(w), strengths: "010190-1234" }),
    expect: r("302 403 403 400 400 403 400 400 403"),
  },
  {
    route: "GET /jobcentre/candidates/:id",
    load: () => import("~/routes/jobcentre/candidates/detail"),
    url: (w) => `/jobcentre/candidates/${w.candidate}`,
    params: (w) => ({ candidateId: String(w.candidate) }),
    expect: r("302 403 403 200 200 403 404 404 403"),
  },
  {
    route: "POST /jobcentre/candidates/:id withdraw a consent that does not exist",
    load: () => import("~/routes/jobcentre/candidates/detail"),
    url: (w) => `/jobcentre/candidates/${w.noConsent}`,
    params: (w) => ({ candidateId: String(w.noConsent) }),
    form: () => ({ companyId: "" }),
    expect: r("302 403 403 409 409 403 404 404 403"),
  },
  {
    route: "GET /jobcentre/candidates/:id/edit",
    load: () => import("~/routes/jobcentre/candidates/edit"),
    url: (w) => `/jobcentre/candidates/${w.candidate}/edit`,
    params: (w) => ({ candidateId: String(w.candidate) }),
    expect: r("302 403 403 200 200 403 404 404 403"),
  },
  {
    route: "POST /jobcentre/candidates/:id/edit with a stale version",
    load: () => import("~/routes/jobcentre/candidates/edit"),
    url: (w) => `/jobcentre/candidates/${w.candidate}/edit`,
    params: (w) => ({ candidateId: String(w.candidate) }),
    form: (w) => ({ ...profile(w), version: "999" }),
    expect: r("302 403 403 409 409 403 404 404 403"),
  },
  {
    route: "GET /jobcentre/candidates/:id/consent",
    load: () => import("~/routes/jobcentre/candidates/consent"),
    url: (w) => `/jobcentre/candidates/${w.candidate}/consent`,
    params: (w) => ({ candidateId: String(w.candidate) }),
    expect: r("302 403 403 200 200 403 404 404 403"),
  },
  {
    route: "POST /jobcentre/candidates/:id/consent for 13 months",
    load: () => import("~/routes/jobcentre/candidates/consent"),
    url: (w) => `/jobcentre/candidates/${w.noConsent}/consent`,
    params: (w) => ({ candidateId: String(w.noConsent) }),
    form: () => ({ givenOn: today(), method: "digital", scope: "any", expiresOn: addDays(today(), 400) }),
    expect: r("302 403 403 400 400 403 404 404 403"),
  },
  {
    route: "GET /jobcentre/candidates/:id/slots",
    load: () => import("~/routes/jobcentre/candidates/slots"),
    url: (w) => `/jobcentre/candidates/${w.candidate}/slots`,
    params: (w) => ({ candidateId: String(w.candidate) }),
    expect: r("302 403 403 200 200 403 404 404 403"),
  },
  {
    route: "GET /jobcentre/slots/:id/candidates",
    load: () => import("~/routes/jobcentre/slot-candidates"),
    url: (w) => `/jobcentre/slots/${w.slotA}/candidates`,
    params: (w) => ({ slotId: String(w.slotA) }),
    expect: r("302 403 403 200 200 403 404 404 403"),
  },
  { route: "GET /jobcentre/proposals", load: () => import("~/routes/jobcentre/proposals/index"), url: () => "/jobcentre/proposals?unanswered=1", expect: r("302 403 403 200 200 403 200 200 403") },
  {
    route: "GET /jobcentre/proposals/new",
    load: () => import("~/routes/jobcentre/proposals/new"),
    url: (w) => `/jobcentre/proposals/new?candidateId=${w.candidate}&slotId=${w.slotA}`,
    expect: r("302 403 403 200 200 403 404 404 403"),
  },
  {
    route: "POST /jobcentre/proposals/new a second time",
    load: () => import("~/routes/jobcentre/proposals/new"),
    url: () => "/jobcentre/proposals/new",
    form: (w) => ({ candidateId: String(w.candidate), slotId: String(w.slotA), motivation: "Stabil og motiveret." }),
    expect: r("302 403 403 409 409 403 404 404 403"),
  },
  {
    route: "GET /jobcentre/proposals/:id",
    load: () => import("~/routes/jobcentre/proposals/detail"),
    url: (w) => `/jobcentre/proposals/${w.pOpen}`,
    params: (w) => ({ proposalId: String(w.pOpen) }),
    expect: r("302 403 403 200 200 403 404 404 403"),
  },
  {
    route: "POST /jobcentre/proposals/:id withdraw with a stale version",
    load: () => import("~/routes/jobcentre/proposals/detail"),
    url: (w) => `/jobcentre/proposals/${w.pOpen}`,
    params: (w) => ({ proposalId: String(w.pOpen) }),
    form: () => ({ command: "withdraw", version: "999" }),
    expect: r("302 403 403 409 409 403 404 404 403"),
  },
  {
    route: "POST /jobcentre/proposals/:id meeting outcome before any meeting",
    load: () => import("~/routes/jobcentre/proposals/detail"),
    url: (w) => `/jobcentre/proposals/${w.pOpen}`,
    params: (w) => ({ proposalId: String(w.pOpen) }),
    form: () => ({ command: "recordMeetingOutcome", version: "1", socialMatch: "good" }),
    expect: r("302 403 403 400 400 403 404 404 403"),
  },
  { route: "GET /jobcentre/decline-reasons", load: () => import("~/routes/jobcentre/decline-reasons"), url: () => "/jobcentre/decline-reasons?from=2026-01-01&to=nonsense", expect: r("302 403 403 200 200 403 200 200 403") },
  { route: "GET /company/proposals", load: () => import("~/routes/company/proposals/index"), url: () => "/company/proposals", expect: r("302 200 200 403 403 200 403 403 200") },
  // The company's proposals as CSV, without the citizen (list-csvs.test.ts): the company's staff, each their own rows.
  { route: "GET /company/proposals.csv", load: () => import("~/routes/csv/company-proposals"), url: () => "/company/proposals.csv", expect: r("302 200 200 403 403 200 403 403 200") },
  {
    route: "GET /company/proposals/:id (consent covers A)",
    load: () => import("~/routes/company/proposals/detail"),
    url: (w) => `/company/proposals/${w.pOpen}`,
    params: (w) => ({ proposalId: String(w.pOpen) }),
    expect: r("302 200 200 403 403 404 403 403 404"),
  },
  {
    route: "POST /company/proposals/:id decline with a stale version",
    load: () => import("~/routes/company/proposals/detail"),
    url: (w) => `/company/proposals/${w.pOpen}`,
    params: (w) => ({ proposalId: String(w.pOpen) }),
    form: () => ({ command: "decline", version: "999", reason: "tasks", shareWithCandidate: "no" }),
    expect: r("302 409 409 403 403 404 403 403 404"),
  },
  {
    route: "POST /company/proposals/:id withdraw (a jobcentre command)",
    load: () => import("~/routes/company/proposals/detail"),
    url: (w) => `/company/proposals/${w.pOpen}`,
    params: (w) => ({ proposalId: String(w.pOpen) }),
    form: () => ({ command: "withdraw", version: "1" }),
    expect: r("302 403 403 403 403 403 403 403 403"),
  },
  {
    route: "POST /company/proposals/:id meeting outcome before any meeting",
    load: () => import("~/routes/company/proposals/detail"),
    url: (w) => `/company/proposals/${w.pOpen}`,
    params: (w) => ({ proposalId: String(w.pOpen) }),
    form: () => ({ command: "recordMeetingOutcome", version: "1", socialMatch: "good" }),
    // HR is told the meeting has not been held; a mentor never records it.
    expect: r("302 400 403 403 403 404 403 403 403"),
  },
  {
    route: "GET /company/proposals/:id after consent withdrawal",
    load: () => import("~/routes/company/proposals/detail"),
    url: (w) => `/company/proposals/${w.pWithdrawn}`,
    params: (w) => ({ proposalId: String(w.pWithdrawn) }),
    expect: r("302 404 404 403 403 404 403 403 404"),
  },
  {
    route: "GET /company/proposals/:id after consent expiry",
    load: () => import("~/routes/company/proposals/detail"),
    url: (w) => `/company/proposals/${w.pExpired}`,
    params: (w) => ({ proposalId: String(w.pExpired) }),
    expect: r("302 404 404 403 403 404 403 403 404"),
  },
  {
    route: "GET /jobcentre/candidates/:id/personal-data",
    load: () => import("~/routes/jobcentre/candidates/personal-data"),
    url: (w) => `/jobcentre/candidates/${w.candidate}/personal-data`,
    params: (w) => ({ candidateId: String(w.candidate) }),
    expect: r("302 403 403 200 200 403 404 404 403"),
  },
  {
    route: "GET /jobcentre/candidates/:id/personal-data.json",
    load: () => import("~/routes/jobcentre/candidates/personal-data-file"),
    url: (w) => `/jobcentre/candidates/${w.candidate}/personal-data.json`,
    params: (w) => ({ candidateId: String(w.candidate) }),
    expect: r("302 403 403 200 200 403 404 404 403"),
  },
  {
    route: "POST /jobcentre/candidates/:id/personal-data erase without ticking the confirmation",
    load: () => import("~/routes/jobcentre/candidates/personal-data"),
    url: (w) => `/jobcentre/candidates/${w.toErase}/personal-data`,
    params: (w) => ({ candidateId: String(w.toErase) }),
    form: () => ({}),
    expect: r("302 403 403 403 400 403 403 400 403"),
  },
  {
    route: "POST /jobcentre/candidates/:id/personal-data erase",
    load: () => import("~/routes/jobcentre/candidates/personal-data"),
    url: (w) => `/jobcentre/candidates/${w.toErase}/personal-data`,
    params: (w) => ({ candidateId: String(w.toErase) }),
    form: () => ({ confirm: "yes" }),
    expect: r("302 403 403 403 302 403 403 404 403"),
  },
  { route: "GET /jobcentre/privacy", load: () => import("~/routes/jobcentre/privacy"), url: () => "/jobcentre/privacy", expect: r("302 403 403 403 200 403 403 200 403") },
  {
    route: "POST /account mentor self-description",
    load: () => import("~/routes/account"),
    url: () => "/account",
    form: () => ({ intent: "mentorProfile", styles: ["calm", "structured"], edgeExperience: "yes", line: "Rolig og tydelig" }),
    expect: r("302 200 200 403 403 200 403 403 200"),
  },
];

let world: World;
const cookies = new Map<Persona, string | undefined>();

beforeAll(async () => {
  const base = await makeWorld();
  const mentorOther = await makeUser("mentor", { companyId: base.companyA.id });
  const slotA = await makeOpenSlot(base, { seats: 3 });
  const candidate = await makeCandidate(base.consultant);
  const noConsent = await makeCandidate(base.consultant, {}, null);
  const pOpen = propose(ctxFor(base.consultant), { candidateId: candidate, slotId: slotA, motivation: "Stabil og motiveret." });
  const withdrawn = await makeCandidate(base.consultant);
  const pWithdrawn = propose(ctxFor(base.consultant), { candidateId: withdrawn, slotId: slotA, motivation: "Stabil og motiveret." });
  withdrawConsent(ctxFor(base.consultant), { candidateId: withdrawn });
  const expired = await makeCandidate(base.consultant);
  const pExpired = propose(ctxFor(base.consultant), { candidateId: expired, slotId: slotA, motivation: "Stabil og motiveret." });
  setConsentDays(expired, { givenOn: addDays(today(), -200), expiresOn: addDays(today(), -1) });
  const toErase = await makeCandidate(base.consultant);
  world = { ...base, mentorOther, slotA, candidate, noConsent, pOpen, pWithdrawn, pExpired, toErase };
  cookies.set("anon", undefined);
  for (const p of PERSONAS) if (p !== "anon") cookies.set(p, sessionCookieFor(world[p].id));
});

describe.each(ROUTES)("$route", (row) => {
  it.each(PERSONAS.map((p, i) => [p, row.expect[i]!] as const))("%s gets %i", async (persona, expected) => {
    const mod = await row.load();
    const handler = (row.form ? mod.action : mod.loader) as Parameters<typeof call>[0];
    expect(handler, `${row.route} has no ${row.form ? "action" : "loader"}`).toBeTypeOf("function");
    const form = row.form?.(world);
    const result = await call(handler, {
      url: row.url(world),
      form: form && formBody(form),
      params: row.params?.(world),
      cookie: cookies.get(persona),
      context: testContext(),
    });
    expect(result.status).toBe(expected);
  });
});

/** Checkbox groups send a name several times; the helper takes one value per name. */
function formBody(form: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(form).map(([k, v]) => [k, Array.isArray(v) ? v[0]! : v]));
}
