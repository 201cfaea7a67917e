/**
 * Every route × every persona, including users of another company and another jobcentre:
 * the status a person gets. Later issues add their routes to ROUTES.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { notifications } from "~/db/schema";
import { call, testContext } from "../http";
import { makeSlot, makeTask, makeWorld, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>> & { taskA: number; slotA: number; notificationA: number };
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

/** A complete slot form of company A (placeholders filled in per world). */
const SLOT_FORM = {
  kind: "praktik",
  title: "Praktik i bageriet",
  purposeKind: "job_goal",
  purpose: "Aflaste bagerne med opvask og pakning.",
  workplaceId: "WORKPLACE_A",
  taskIds: "TASK_A",
  startDate: "2099-01-05",
  lengthWeeks: "13",
  startHours: "10",
  targetHours: "12",
  workingDays: "mon",
  dayStart: "07:00",
  dayEnd: "20:00",
  mentorUserId: "MENTOR_A",
  seats: "1",
  version: "999",
};

//                                                          anon  hr  mentor cons admin hrO consO admO
const ROUTES: Row[] = [
  { route: "GET /", load: () => import("~/routes/home"), url: () => "/", expect: r("200 302 302 302 302 302 302 302") },
  { route: "GET /login", load: () => import("~/routes/auth/login"), url: () => "/login", expect: r("200 302 302 302 302 302 302 302") },
  { route: "GET /signup", load: () => import("~/routes/auth/signup"), url: () => "/signup", expect: r("200 302 302 302 302 302 302 302") },
  { route: "GET /account", load: () => import("~/routes/account"), url: () => "/account", expect: r("302 200 200 200 200 200 200 200") },
  { route: "GET /company", load: () => import("~/routes/company/start"), url: () => "/company", expect: r("302 200 200 403 403 200 403 403") },
  { route: "GET /company/profile", load: () => import("~/routes/company/profile"), url: () => "/company/profile", expect: r("302 200 403 403 403 200 403 403") },
  { route: "POST /company/profile", load: () => import("~/routes/company/profile"), url: () => "/company/profile", form: { name: "Nyt Navn ApS", industry: "retail", version: "2" /* signed up (1), verified by the jobcentre (2) */ }, expect: r("302 302 403 403 403 302 403 403") },
  {
    route: "POST /company/profile requestReview (company A is not rejected)",
    load: () => import("~/routes/company/profile"),
    url: () => "/company/profile",
    form: { intent: "requestReview", note: "" },
    // Only a rejected company's HR may ask; A and B are verified, so HR is refused too.
    expect: r("302 403 403 403 403 403 403 403"),
  },
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
    form: { intent: "invite", name: "Ny Kollega", email: "ny@test.dk", role: "consultant" },
    // HR may not hand out a jobcentre role: 403, not a new consultant.
    expect: r("302 403 403 403 403 403 403 403"),
  },
  { route: "GET /jobcentre", load: () => import("~/routes/jobcentre/start"), url: () => "/jobcentre", expect: r("302 403 403 200 200 403 200 200") },
  { route: "GET /jobcentre/verify", load: () => import("~/routes/jobcentre/verify"), url: () => "/jobcentre/verify", expect: r("302 403 403 200 200 403 200 200") },
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
  {
    route: "POST /jobcentre/companies/:id note (company A; an empty note where there is none)",
    load: () => import("~/routes/jobcentre/company"),
    url: (w) => `/jobcentre/companies/${w.companyA.id}`,
    params: (w) => ({ companyId: String(w.companyA.id) }),
    form: { intent: "note", note: "", noteVersion: "0" },
    // Only the staff of A's own jobcentre; another jobcentre's staff do not learn that A exists.
    expect: r("302 403 403 302 302 403 404 404"),
  },
  { route: "GET /jobcentre/staff", load: () => import("~/routes/jobcentre/staff"), url: () => "/jobcentre/staff", expect: r("302 403 403 403 200 403 403 200") },
  {
    route: "POST /jobcentre/staff invite",
    load: () => import("~/routes/jobcentre/staff"),
    url: () => "/jobcentre/staff",
    form: { intent: "invite", name: "Ny Kollega", email: "ny-konsulent@test.dk", role: "company_admin" },
    expect: r("302 403 403 403 403 403 403 403"),
  },
  { route: "GET /jobcentre/contact", load: () => import("~/routes/jobcentre/contact"), url: () => "/jobcentre/contact", expect: r("302 403 403 403 200 403 403 200") },
  {
    route: "POST /jobcentre/contact (incomplete)",
    load: () => import("~/routes/jobcentre/contact"),
    url: () => "/jobcentre/contact",
    // Only an admin reaches the form's validation; each admin only ever edits their own card.
    form: { contactName: "Virksomhedsservice", contactPhone: "12", version: "1" },
    expect: r("302 403 403 403 400 403 403 400"),
  },
  // Relief tasks
  { route: "GET /company/tasks", load: () => import("~/routes/company/tasks/index"), url: () => "/company/tasks", expect: r("302 200 200 403 403 200 403 403") },
  { route: "GET /company/tasks/new", load: () => import("~/routes/company/tasks/new"), url: () => "/company/tasks/new", expect: r("302 200 403 403 403 200 403 403") },
  { route: "POST /company/tasks/new", load: () => import("~/routes/company/tasks/new"), url: () => "/company/tasks/new", form: { title: "Kladde", intent: "draft" }, expect: r("302 302 403 403 403 302 403 403") },
  {
    route: "GET /company/tasks/:id (company A's)",
    load: () => import("~/routes/company/tasks/detail"),
    url: (w) => `/company/tasks/${w.taskA}`,
    params: (w) => ({ taskId: String(w.taskA) }),
    expect: r("302 200 200 403 403 404 403 403"),
  },
  {
    route: "POST /company/tasks/:id archive with a stale version",
    load: () => import("~/routes/company/tasks/detail"),
    url: (w) => `/company/tasks/${w.taskA}`,
    params: (w) => ({ taskId: String(w.taskA) }),
    form: { command: "archive", version: "999" },
    expect: r("302 409 403 403 403 404 403 403"),
  },
  {
    route: "GET /company/tasks/:id/edit",
    load: () => import("~/routes/company/tasks/edit"),
    url: (w) => `/company/tasks/${w.taskA}/edit`,
    params: (w) => ({ taskId: String(w.taskA) }),
    expect: r("302 200 403 403 403 404 403 403"),
  },
  {
    route: "POST /company/tasks/:id/edit with a stale version",
    load: () => import("~/routes/company/tasks/edit"),
    url: (w) => `/company/tasks/${w.taskA}/edit`,
    params: (w) => ({ taskId: String(w.taskA) }),
    form: { title: "Ændret", version: "999", intent: "save" },
    expect: r("302 409 403 403 403 404 403 403"),
  },
  { route: "GET /company/task-finder", load: () => import("~/routes/company/task-finder"), url: () => "/company/task-finder?step=5&chore=washing_up", expect: r("302 200 403 403 403 200 403 403") },
  {
    route: "POST /company/task-finder (company A's workplace)",
    load: () => import("~/routes/company/task-finder"),
    url: () => "/company/task-finder",
    form: { keys: "bakery-wash-trays", workplaceId: "WORKPLACE_A" },
    // HR of another company is refused the foreign workplace with a field message.
    expect: r("302 302 403 403 403 400 403 403"),
  },
  {
    route: "GET /jobcentre/companies/:id/tasks (company A)",
    load: () => import("~/routes/jobcentre/company-tasks"),
    url: (w) => `/jobcentre/companies/${w.companyA.id}/tasks`,
    params: (w) => ({ companyId: String(w.companyA.id) }),
    expect: r("302 403 403 200 200 403 404 404"),
  },
  {
    route: "GET /jobcentre/companies/:id/workplaces (company A)",
    load: () => import("~/routes/jobcentre/company-workplaces"),
    url: (w) => `/jobcentre/companies/${w.companyA.id}/workplaces?q=Hoved`,
    params: (w) => ({ companyId: String(w.companyA.id) }),
    expect: r("302 403 403 200 200 403 404 404"),
  },
  {
    route: "GET /jobcentre/companies/:id/tasks/:taskId (company A)",
    load: () => import("~/routes/jobcentre/company-task"),
    url: (w) => `/jobcentre/companies/${w.companyA.id}/tasks/${w.taskA}`,
    params: (w) => ({ companyId: String(w.companyA.id), taskId: String(w.taskA) }),
    expect: r("302 403 403 200 200 403 404 404"),
  },
  // Internship slots
  { route: "GET /company/slots", load: () => import("~/routes/company/slots/index"), url: () => "/company/slots", expect: r("302 200 200 403 403 200 403 403") },
  { route: "GET /company/slots/new", load: () => import("~/routes/company/slots/new"), url: () => "/company/slots/new", expect: r("302 200 403 403 403 200 403 403") },
  { route: "POST /company/slots/new (incomplete)", load: () => import("~/routes/company/slots/new"), url: () => "/company/slots/new", form: { title: "Plads" }, expect: r("302 400 403 403 403 400 403 403") },
  {
    route: "GET /company/slots/:id (A's open slot)",
    load: () => import("~/routes/company/slots/detail"),
    url: (w) => `/company/slots/${w.slotA}`,
    params: (w) => ({ slotId: String(w.slotA) }),
    expect: r("302 200 200 403 403 404 403 403"),
  },
  {
    route: "POST /company/slots/:id withdraw with a stale version",
    load: () => import("~/routes/company/slots/detail"),
    url: (w) => `/company/slots/${w.slotA}`,
    params: (w) => ({ slotId: String(w.slotA) }),
    form: { command: "withdraw", version: "999" },
    expect: r("302 409 403 403 403 404 403 403"),
  },
  {
    route: "GET /company/slots/:id/edit",
    load: () => import("~/routes/company/slots/edit"),
    url: (w) => `/company/slots/${w.slotA}/edit`,
    params: (w) => ({ slotId: String(w.slotA) }),
    expect: r("302 200 403 403 403 404 403 403"),
  },
  { route: "GET /company/meter (A's workplace)", load: () => import("~/routes/company/meter"), url: () => "/company/meter?workplaceId=WORKPLACE_A&seats=1&startHours=10", expect: r("302 200 403 403 403 404 403 403") },
  { route: "GET /jobcentre/review", load: () => import("~/routes/jobcentre/review"), url: () => "/jobcentre/review", expect: r("302 403 403 200 200 403 200 200") },
  { route: "GET /jobcentre/board", load: () => import("~/routes/jobcentre/board"), url: () => "/jobcentre/board?postcode=8000&radius=10", expect: r("302 403 403 200 200 403 200 200") },
  {
    route: "GET /jobcentre/slots/:id (A's open slot)",
    load: () => import("~/routes/jobcentre/slot"),
    url: (w) => `/jobcentre/slots/${w.slotA}`,
    params: (w) => ({ slotId: String(w.slotA) }),
    expect: r("302 403 403 200 200 403 404 404"),
  },
  {
    route: "POST /jobcentre/slots/:id approve (not in review)",
    load: () => import("~/routes/jobcentre/slot"),
    url: (w) => `/jobcentre/slots/${w.slotA}`,
    params: (w) => ({ slotId: String(w.slotA) }),
    form: { command: "approve", version: "3" },
    expect: r("302 403 403 409 409 403 404 404"),
  },
  {
    route: "GET /representative/:slotId/:token with a wrong token",
    load: () => import("~/routes/representative"),
    url: (w) => `/representative/${w.slotA}/forkert`,
    params: (w) => ({ slotId: String(w.slotA), token: "forkert" }),
    expect: r("200 200 200 200 200 200 200 200"),
  },
  {
    route: "POST /representative/:slotId/:token with a wrong token",
    load: () => import("~/routes/representative"),
    url: (w) => `/representative/${w.slotA}/forkert`,
    params: (w) => ({ slotId: String(w.slotA), token: "forkert" }),
    form: { decision: "confirmed" },
    expect: r("400 400 400 400 400 400 400 400"),
  },
  // Sign-in, account and public pages
  { route: "POST /login (wrong password)", load: () => import("~/routes/auth/login"), url: () => "/login", form: { email: "PERSONA_EMAIL", password: "forkert-kode" }, expect: r("400 400 400 400 400 400 400 400") },
  {
    route: "GET /signup/confirm/:token with a wrong token",
    load: () => import("~/routes/auth/signup-confirm"),
    url: () => "/signup/confirm/forkert",
    params: () => ({ token: "forkert" }),
    // Anyone may open a link from an e-mail; a wrong one says it has expired.
    expect: r("200 200 200 200 200 200 200 200"),
  },
  {
    route: "POST /signup/confirm/:token with a wrong token",
    load: () => import("~/routes/auth/signup-confirm"),
    url: () => "/signup/confirm/forkert",
    params: () => ({ token: "forkert" }),
    form: {},
    expect: r("400 400 400 400 400 400 400 400"),
  },
  { route: "POST /signup (incomplete)", load: () => import("~/routes/auth/signup"), url: () => "/signup", form: { cvr: "1" }, expect: r("400 400 400 400 400 400 400 400") },
  { route: "POST /reset-password (unknown e-mail)", load: () => import("~/routes/auth/reset-request"), url: () => "/reset-password", form: { email: "PERSONA_EMAIL" }, expect: r("200 200 200 200 200 200 200 200") },
  { route: "GET /reset-password/:token with a wrong token", load: () => import("~/routes/auth/reset-password"), url: () => "/reset-password/forkert", params: () => ({ token: "forkert" }), expect: r("200 200 200 200 200 200 200 200") },
  { route: "POST /reset-password/:token with a wrong token", load: () => import("~/routes/auth/reset-password"), url: () => "/reset-password/forkert", params: () => ({ token: "forkert" }), form: { password: "En lang ny kode 2026" }, expect: r("400 400 400 400 400 400 400 400") },
  { route: "GET /invitation/:token with a wrong token", load: () => import("~/routes/auth/accept-invitation"), url: () => "/invitation/forkert", params: () => ({ token: "forkert" }), expect: r("200 200 200 200 200 200 200 200") },
  { route: "POST /invitation/:token with a wrong token", load: () => import("~/routes/auth/accept-invitation"), url: () => "/invitation/forkert", params: () => ({ token: "forkert" }), form: { name: "Ny Person", password: "En lang ny kode 2026" }, expect: r("400 400 400 400 400 400 400 400") },
  { route: "POST /account phone (not a Danish number)", load: () => import("~/routes/account"), url: () => "/account", form: { intent: "phone", phone: "123" }, expect: r("302 400 400 400 400 400 400 400") },
  { route: "POST /account (wrong current password)", load: () => import("~/routes/account"), url: () => "/account", form: { currentPassword: "forkert", newPassword: "En lang ny kode 2026" }, expect: r("302 400 400 400 400 400 400 400") },
  { route: "GET /notifications", load: () => import("~/routes/notifications"), url: () => "/notifications", expect: r("302 200 200 200 200 200 200 200") },
  {
    route: "POST /notifications open (HR A's own notification)",
    load: () => import("~/routes/notifications"),
    url: () => "/notifications",
    form: { intent: "open", id: "NOTIFICATION_A" },
    // Only its owner opens it (and is sent to the slot); for everyone else it does not exist.
    expect: r("302 302 404 404 404 404 404 404"),
  },
  { route: "POST /notifications read all", load: () => import("~/routes/notifications"), url: () => "/notifications", form: { intent: "readAll" }, expect: r("302 200 200 200 200 200 200 200") },
  { route: "POST /notifications (unknown intent)", load: () => import("~/routes/notifications"), url: () => "/notifications", form: { intent: "delete" }, expect: r("302 400 400 400 400 400 400 400") },
  { route: "GET /language", load: () => import("~/routes/language"), url: () => "/language", expect: r("302 302 302 302 302 302 302 302") },
  { route: "POST /language", load: () => import("~/routes/language"), url: () => "/language", form: { locale: "da", redirectTo: "/" }, expect: r("302 302 302 302 302 302 302 302") },
  { route: "GET /dev/outbox (test mode)", load: () => import("~/routes/dev-outbox"), url: () => "/dev/outbox", expect: r("200 200 200 200 200 200 200 200") },
  // The e2e clock: anyone in test mode, for their own browser only (decision 031); 404 in every other mode (below).
  { route: "GET /dev/clock (test mode)", load: () => import("~/routes/dev-clock"), url: () => "/dev/clock", expect: r("200 200 200 200 200 200 200 200") },
  { route: "POST /dev/clock (test mode)", load: () => import("~/routes/dev-clock"), url: () => "/dev/clock", form: { days: "0" }, expect: r("200 200 200 200 200 200 200 200") },
  { route: "POST /company/workplaces/new (incomplete)", load: () => import("~/routes/company/workplace-new"), url: () => "/company/workplaces/new", form: { name: "Filial" }, expect: r("302 400 403 403 403 400 403 403") },
  {
    route: "POST /company/slots/:id/edit (A's open slot) with a stale version",
    load: () => import("~/routes/company/slots/edit"),
    url: (w) => `/company/slots/${w.slotA}/edit`,
    params: (w) => ({ slotId: String(w.slotA) }),
    form: SLOT_FORM,
    // A complete form: HR of A meets the version check, HR of B never reaches A's slot.
    expect: r("302 409 403 403 403 404 403 403"),
  },
  { route: "GET /jobcentre/audit", load: () => import("~/routes/jobcentre/audit"), url: () => "/jobcentre/audit", expect: r("302 403 403 403 200 403 403 200") },
  // CSV downloads: exactly the page's roles and tenant scope.
  { route: "GET /company/slots.csv", load: () => import("~/routes/csv/company-slots"), url: () => "/company/slots.csv", expect: r("302 200 200 403 403 200 403 403") },
  { route: "GET /company/tasks.csv", load: () => import("~/routes/csv/company-tasks"), url: () => "/company/tasks.csv?status=active", expect: r("302 200 200 403 403 200 403 403") },
  { route: "GET /company/workplaces.csv", load: () => import("~/routes/csv/workplaces"), url: () => "/company/workplaces.csv", expect: r("302 200 403 403 403 200 403 403") },
  { route: "GET /company/colleagues.csv", load: () => import("~/routes/csv/colleagues"), url: () => "/company/colleagues.csv", expect: r("302 200 403 403 403 200 403 403") },
  { route: "GET /jobcentre/pending.csv", load: () => import("~/routes/csv/pending-companies"), url: () => "/jobcentre/pending.csv", expect: r("302 403 403 200 200 403 200 200") },
  { route: "GET /jobcentre/companies.csv", load: () => import("~/routes/csv/jobcentre-companies"), url: () => "/jobcentre/companies.csv?status=verified", expect: r("302 403 403 200 200 403 200 200") },
  {
    route: "GET /jobcentre/companies/:id/tasks.csv (company A)",
    load: () => import("~/routes/csv/jobcentre-company-tasks"),
    url: (w) => `/jobcentre/companies/${w.companyA.id}/tasks.csv`,
    params: (w) => ({ companyId: String(w.companyA.id) }),
    expect: r("302 403 403 200 200 403 404 404"),
  },
  {
    route: "GET /jobcentre/companies/:id/workplaces.csv (company A)",
    load: () => import("~/routes/csv/jobcentre-company-workplaces"),
    url: (w) => `/jobcentre/companies/${w.companyA.id}/workplaces.csv`,
    params: (w) => ({ companyId: String(w.companyA.id) }),
    expect: r("302 403 403 200 200 403 404 404"),
  },
  { route: "GET /jobcentre/review.csv", load: () => import("~/routes/csv/review-queue"), url: () => "/jobcentre/review.csv", expect: r("302 403 403 200 200 403 200 200") },
  { route: "GET /jobcentre/board.csv", load: () => import("~/routes/csv/board"), url: () => "/jobcentre/board.csv?postcode=8000&radius=10", expect: r("302 403 403 200 200 403 200 200") },
  { route: "GET /jobcentre/staff.csv", load: () => import("~/routes/csv/staff"), url: () => "/jobcentre/staff.csv", expect: r("302 403 403 403 200 403 403 200") },
  { route: "GET /jobcentre/audit.csv", load: () => import("~/routes/csv/audit-log"), url: () => "/jobcentre/audit.csv?event=auth.login", expect: r("302 403 403 403 200 403 403 200") },
  // Last: signing out ends the personas' sessions.
  { route: "GET /logout", load: () => import("~/routes/auth/logout"), url: () => "/logout", expect: r("302 302 302 302 302 302 302 302") },
  { route: "POST /logout", load: () => import("~/routes/auth/logout"), url: () => "/logout", form: {}, expect: r("302 302 302 302 302 302 302 302") },
];

let world: World;
const cookies = new Map<Persona, string | undefined>();

beforeAll(async () => {
  const base = await makeWorld();
  const taskA = makeTask(base.hr);
  // An open slot of company A, mentored by A's mentor, through the real commands.
  const slotA = await makeSlot({ hr: base.hr, consultant: base.consultant, status: "open", over: { taskIds: [taskA], mentorUserId: base.mentor.id } });
  // Approving the slot told HR of A: that notification is theirs alone.
  const notificationA = getDb().select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, base.hr.id)).get()!.id;
  world = { ...base, taskA, slotA, notificationA };
  cookies.set("anon", undefined);
  for (const p of PERSONAS) if (p !== "anon") cookies.set(p, sessionCookieFor(world[p].id));
});

describe.each(ROUTES)("$route", (row) => {
  it.each(PERSONAS.map((p, i) => [p, row.expect[i]!] as const))("%s gets %i", async (persona, expected) => {
    const mod = await row.load();
    const handler = (row.form ? mod.action : mod.loader) as Parameters<typeof call>[0];
    expect(handler, `${row.route} has no ${row.form ? "action" : "loader"}`).toBeTypeOf("function");
    const placeholders: Record<string, string> = { WORKPLACE_A: String(world.workplaceA.id), TASK_A: String(world.taskA), MENTOR_A: String(world.mentor.id), NOTIFICATION_A: String(world.notificationA), PERSONA_EMAIL: `ingen-${persona}@test.dk` };
    const form = row.form && Object.fromEntries(Object.entries(row.form).map(([k, v]) => [k, placeholders[v] ?? v]));
    const result = await call(handler, {
      url: row.url(world).replace("WORKPLACE_A", String(world.workplaceA.id)),
      form,
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
  it.each(["production", "demo", "development"] as const)("/dev/clock does not exist in %s mode, to read or to move", async (mode) => {
    const mod = await import("~/routes/dev-clock");
    const context = testContext({ mode });
    expect((await call(mod.loader as Parameters<typeof call>[0], { url: "/dev/clock", context })).status).toBe(404);
    const moved = await call(mod.action as Parameters<typeof call>[0], { url: "/dev/clock", form: { days: "93" }, context });
    expect(moved.status).toBe(404);
    expect(moved.headers?.get("Set-Cookie") ?? null).toBeNull();
  });
  it("/dev/outbox exists in demo mode", async () => {
    const mod = await import("~/routes/dev-outbox");
    const result = await call(mod.loader as Parameters<typeof call>[0], { url: "/dev/outbox", context: testContext({ mode: "demo" }) });
    expect(result.status).toBe(200);
  });
});

describe("the table is complete", () => {
  /** Every route × method the app serves, read from app/routes.ts and the modules' exports. */
  async function servedRoutes(): Promise<string[]> {
    const { readFileSync } = await import("node:fs");
    const source = readFileSync("app/routes.ts", "utf8");
    const entries = [
      ...[...source.matchAll(/index\("([^"]+)"\)/g)].map((m) => ({ path: "", file: m[1]! })),
      ...[...source.matchAll(/route\("([^"]*)",\s*"([^"]+)"\)/g)].map((m) => ({ path: m[1]!, file: m[2]! })),
    ];
    const served: string[] = [];
    for (const { path, file } of entries) {
      if (path === "*") continue; // the not-found page answers 404 to everyone
      const mod = (await import(/* @vite-ignore */ `~/${file.replace(/\.tsx?$/, "")}`)) as { loader?: unknown; action?: unknown };
      if (typeof mod.loader === "function") served.push(`GET ${normalise(path)}`);
      if (typeof mod.action === "function") served.push(`POST ${normalise(path)}`);
    }
    return served;
  }
  const normalise = (path: string) => `/${path}`.replace(/:\w+/g, ":");

  it("has a row for every route and method in app/routes.ts", async () => {
    const covered = new Set(ROUTES.map((row) => {
      const [method, path] = row.route.split(/\s+/);
      return `${method} ${normalise(path!.replace(/^\//, ""))}`;
    }));
    // Areas with more personas keep their own table beside this one (authz-table-<area>.test.ts).
    const { readFileSync, readdirSync } = await import("node:fs");
    for (const file of readdirSync("tests/integration").filter((f) => /^authz-table-.+\.test\.ts$/.test(f))) {
      const table = readFileSync(`tests/integration/${file}`, "utf8");
      for (const m of table.matchAll(/route: "(GET|POST) (\/[^\s"]*)/g)) covered.add(`${m[1]} ${normalise(m[2]!.replace(/^\//, ""))}`);
    }
    const missing = (await servedRoutes()).filter((r) => !covered.has(r));
    expect(missing).toEqual([]);
  });
});
