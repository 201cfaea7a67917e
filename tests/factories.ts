import crypto from "node:crypto";
import { DomainError } from "~/domain/errors";
import { and, desc, eq, isNull } from "drizzle-orm";
import { keepConsentExpiry } from "~/domain/candidates/consent.server";
import { expect } from "vitest";
import { createSession } from "~/auth/session.server";
import { actorFor } from "~/auth/current-user.server";
import { getDb } from "~/db/client.server";
import { auditLog, companies, consents as consentsTable, followUps, jobcentres, proposals as proposalsTable, slots, slotTasks as slotTasksTable, users, workplaces } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import type { AuditEvent } from "~/domain/audit/events";
import { decideCompany } from "~/domain/companies/commands.server";
import { signupInput } from "~/domain/companies/signup";
import { confirmSignup, requestSignup } from "~/domain/companies/signup.server";
import { createJobcentre } from "~/domain/jobcentres/commands.server";
import { acceptInvitation, inviteColleague } from "~/domain/users/commands.server";
import { createSlot, transitionSlot } from "~/domain/slots/commands.server";
import { needsRepresentative } from "~/domain/slots/representative-need";
import { requestRepresentative, respondAsRepresentative } from "~/domain/slots/representative.server";
import { danishToday, type SlotInput, type SlotStatus } from "~/domain/slots/schema";
import { createTask } from "~/domain/tasks/commands.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import type { Role } from "~/domain/users/schema";
import type { StartInput } from "~/domain/placements/schema";
import type { FollowUpAnswers } from "~/domain/placements/follow-up-schema";
import { saveFollowUp } from "~/domain/placements/follow-up-commands.server";
import { followUpView } from "~/domain/placements/follow-up-queries.server";

export const PASSWORD = "Korrekt-hest-batteri-2026";

const unique = () => crypto.randomUUID().slice(0, 8);

/**
 * The factories build the world through the real commands (sign-up, confirmation, the
 * jobcentre's decision, invitations), so every row a test starts from is one the product can
 * make. They act on their own clock: the people and companies were set up before the test
 * began (ten days before the test process started, five minutes per step, never reaching the
 * present). So a test's own sign-ups, invitations and mail quotas (per hour, per day) and the
 * login throttle (15 minutes) count only what the test itself does, and the factory itself
 * stays inside the per-organisation mail quota (at most 12 steps an hour). Each sign-up comes
 * from its own address (198.18.0.0/15, a range no test uses; a company signs up from its own office), so the per-address sign-up
 * throttle is not shared between companies either.
 */
const STEP_MS = 5 * 60_000;
let clock = Date.now() - 10 * 86_400_000;
function factoryNow(): Date {
  clock += STEP_MS;
  if (clock > Date.now() - 86_400_000) throw new Error("tests/factories.ts: the factory clock reached the last day; make fewer users per test file");
  return new Date(clock);
}
let offices = 0;
const officeIp = () => {
  offices += 1;
  return `198.18.${(offices >> 8) & 255}.${offices & 255}`;
};

const userByEmail = (email: string) => getDb().select().from(users).where(eq(users.email, email.toLowerCase())).get()!;

/** A valid CVR (modulus 11) that no other test has used. */
export function makeCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const prefix = String(10_000_000 + Math.floor(Math.random() * 89_999_999)).slice(0, 7);
    const sum = [...prefix].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) {
      const db = getDb();
      const cvr = prefix + String(check);
      if (!db.select().from(companies).where(eq(companies.cvr, cvr)).get()) return cvr;
    }
  }
}

/** A jobcentre as `npm run jobcentre:create` makes it (createJobcentre), with its first administrator as `admin`. */
export async function makeJobcentre(name = `Jobcenter ${unique()}`) {
  const db = getDb();
  const { jobcentreId, adminUserId } = await createJobcentre(
    { db, now: factoryNow(), ip: "127.0.0.1" },
    { name, municipality: name, adminEmail: `jobcentre_admin-${unique()}@test.dk`, adminName: "Jobcenterets administrator", password: PASSWORD },
  );
  const jobcentre = db.select().from(jobcentres).where(eq(jobcentres.id, jobcentreId)).get()!;
  return { ...jobcentre, admin: db.select().from(users).where(eq(users.id, adminUserId)).get()! };
}

/** The jobcentre's first (oldest) administrator, who decides on companies and invites staff. */
function jobcentreAdminOf(jobcentreId: number) {
  const admin = getDb()
    .select()
    .from(users)
    .where(and(eq(users.jobcentreId, jobcentreId), eq(users.role, "jobcentre_admin"), isNull(users.deactivatedAt)))
    .orderBy(users.id)
    .get();
  if (!admin) throw new Error(`tests/factories.ts: jobcentre ${jobcentreId} has no administrator; make it with makeJobcentre`);
  return admin;
}

/**
 * A company as it joins: HR signs up (the token is the one the confirmation e-mail carries),
 * confirms, and the home jobcentre's administrator verifies it (or rejects it with a reason);
 * "pending" stays as the confirmation left it. `hr` is the person who signed up. `at` is when
 * the sign-up happened (default: the factory's clock, before the test began).
 */
export async function makeCompany(jobcentreId: number, opts: { status?: "pending" | "verified" | "rejected"; fte?: number; at?: Date } = {}) {
  const db = getDb();
  const status = opts.status ?? "verified";
  const now = opts.at ?? factoryNow();
  const anon = { db, now, ip: officeIp() };
  const email = `company_admin-${unique()}@test.dk`;
  let token = "";
  const requested = await requestSignup(anon, {
    ...signupInput.parse({
      cvr: makeCvr(),
      name: `Firma ${unique()} ApS`,
      industry: "retail",
      jobcentreId,
      workplace: {
        pNumber: String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999)),
        name: "Hovedafdelingen",
        address: "Testvej 1",
        postcode: "8000",
        city: "Aarhus C",
        ordinaryFte: String(opts.fte ?? 20),
      },
      contactName: "Hanne Personale",
      phone: "86 12 34 56",
      email,
      password: PASSWORD,
    }),
    locale: "da",
    links: {
      confirm: (t) => {
        token = t;
        return `http://localhost/signup/confirm/${t}`;
      },
      login: "http://localhost/login",
      reset: "http://localhost/reset-password",
    },
  });
  if (!requested.ok || !token) throw new Error(`tests/factories.ts: the sign-up was refused (${JSON.stringify(requested)})`);
  const confirmed = confirmSignup(anon, { token, link: (id) => `http://localhost/jobcentre/companies/${id}` });
  if (!confirmed.ok) throw new Error(`tests/factories.ts: the sign-up could not be confirmed (${confirmed.reason})`);
  const hr = userByEmail(email);
  const companyId = hr.companyId!;
  if (status !== "pending") {
    const admin = jobcentreAdminOf(jobcentreId);
    const decided = new Date(now.getTime() + 60_000);
    decideCompany(
      { db, actor: actorFor(db, admin), now: decided, ip: "127.0.0.1" },
      status === "verified" ? { companyId, decision: "verified" } : { companyId, decision: "rejected", reason: "Virksomheden ligger uden for kommunen." },
    );
  }
  return {
    company: db.select().from(companies).where(eq(companies.id, companyId)).get()!,
    workplace: db.select().from(workplaces).where(eq(workplaces.companyId, companyId)).get()!,
    hr: userByEmail(email),
  };
}

/**
 * A person of the organisation, invited by its (first) administrator and accepting the link
 * (the token the invitation e-mail carries). A company that is pending or rejected may not
 * invite anyone (inviteColleague refuses it), so its only person is the HR person who signed
 * up: `makeCompany(...).hr`.
 */
export async function makeUser(role: Role, org: { companyId?: number; jobcentreId?: number }, email?: string) {
  const db = getDb();
  let inviter: typeof users.$inferSelect | undefined;
  if (org.companyId != null) {
    const company = db.select({ status: companies.status }).from(companies).where(eq(companies.id, org.companyId)).get();
    if (company?.status !== "verified") {
      throw new Error(`tests/factories.ts: a ${company?.status ?? "missing"} company cannot invite; use the HR person from makeCompany(...).hr`);
    }
    inviter = db
      .select()
      .from(users)
      .where(and(eq(users.companyId, org.companyId), eq(users.role, "company_admin"), isNull(users.deactivatedAt)))
      .orderBy(users.id)
      .get();
  } else if (org.jobcentreId != null) {
    inviter = jobcentreAdminOf(org.jobcentreId);
  }
  if (!inviter) throw new Error("tests/factories.ts: makeUser needs an organisation with an administrator");
  const address = (email ?? `${role}-${unique()}@test.dk`).toLowerCase();
  const name = `${role} ${unique()}`;
  const now = factoryNow();
  let token = "";
  inviteColleague(
    { db, actor: actorFor(db, inviter), now, ip: "127.0.0.1" },
    {
      name,
      email: address,
      role,
      locale: "da",
      link: (t) => {
        token = t;
        return `http://localhost/invitation/${t}`;
      },
    },
  );
  if (!token) throw new Error(`tests/factories.ts: ${address} already has an account`);
  await acceptInvitation({ db, now, ip: "127.0.0.1" }, { token, name, password: PASSWORD });
  return userByEmail(address);
}

export function ctxFor(user: typeof users.$inferSelect, now = new Date()): Ctx {
  const db = getDb();
  return { db, actor: actorFor(db, user), now, ip: "127.0.0.1" };
}

export function sessionCookieFor(userId: number): string {
  const { token } = createSession(getDb(), userId, new Date());
  return `fodfaeste_session=${token}`;
}

/** Two jobcentres with a company each, and one user of every role in both worlds. */
export async function makeWorld() {
  const jc = await makeJobcentre();
  const otherJc = await makeJobcentre();
  const a = await makeCompany(jc.id);
  const b = await makeCompany(otherJc.id);
  return {
    jc,
    otherJc,
    companyA: a.company,
    workplaceA: a.workplace,
    companyB: b.company,
    workplaceB: b.workplace,
    hr: a.hr,
    mentor: await makeUser("mentor", { companyId: a.company.id }),
    consultant: await makeUser("consultant", { jobcentreId: jc.id }),
    admin: jc.admin,
    hrOther: b.hr,
    consultantOther: await makeUser("consultant", { jobcentreId: otherJc.id }),
    adminOther: otherJc.admin,
  };
}

type UserRow = typeof users.$inferSelect;

/** An active, complete relief task of the HR person's company, through the real command. */
export function makeTask(hr: UserRow, over: Record<string, unknown> = {}): number {
  const workplace = getDb()
    .select({ id: workplaces.id })
    .from(workplaces)
    .where(and(eq(workplaces.companyId, hr.companyId!), isNull(workplaces.closedAt)))
    .get()!;
  return createTask(ctxFor(hr), {
    ...draftTaskInput.parse({
      title: "Opvask",
      description: "Vaske bageplader og forme efter morgenbagningen hver dag.",
      workplaceId: String(workplace.id),
      relievedRole: "Bager",
      hoursFreed: "5",
      frequency: "daily",
      learningTime: "days",
      physical: "2",
      social: "1",
      language: "1",
      pace: "2",
      precision: "1",
      ...over,
    }),
    activate: true,
  });
}

/** A sound slot for the HR person's company: its first open workplace, HR as mentor, one new task. */
export function slotInputFor(hr: UserRow, over: Partial<SlotInput> = {}): SlotInput {
  const workplaceId =
    over.workplaceId ??
    getDb()
      .select({ id: workplaces.id })
      .from(workplaces)
      .where(and(eq(workplaces.companyId, hr.companyId!), isNull(workplaces.closedAt)))
      .get()!.id;
  return {
    kind: "praktik",
    title: "Praktik i bageriet",
    purposeKind: "job_goal",
    purpose: "Aflaste bagerne med opvask og pakning.",
    workplaceId,
    taskIds: over.taskIds ?? [makeTask(hr, { workplaceId: String(workplaceId) })],
    startDate: danishToday(new Date(Date.now() + 20 * 86_400_000)),
    lengthWeeks: 13,
    startHours: 10,
    targetHours: 20,
    steps: [],
    workingDays: ["mon", "tue", "wed", "thu", "fri"],
    dayStart: "08:00",
    dayEnd: "12:00",
    mentorUserId: hr.id,
    seats: 1,
    accessibility: null,
    wishes: null,
    ...over,
  };
}

export const slotVersion = (id: number) => getDb().select({ v: slots.version }).from(slots).where(eq(slots.id, id)).get()!.v;

/**
 * Asks the representative through the real command and returns the link's token (captured
 * from the link the command builds, as the e-mail would carry it).
 */
export function askRepresentative(hr: UserRow, slotId: number, repEmail = `rep-${slotId}-${unique()}@test.dk`): string {
  let token = "";
  requestRepresentative(ctxFor(hr), {
    slotId,
    version: slotVersion(slotId),
    repName: "Rita Repræsentant",
    repEmail,
    link: (id, t) => {
      token = t;
      return `http://localhost/representative/${id}/${t}`;
    },
  });
  return token;
}

export function answerAsRepresentative(slotId: number, token: string, decision: "confirmed" | "declined" = "confirmed", comment: string | null = null) {
  respondAsRepresentative({ db: getDb(), now: new Date() }, { slotId, token, decision, comment });
}

type MakeSlotStatus = SlotStatus | "rep_confirmed";

/**
 * A slot in the given state, walked there through the real commands (rules, meter,
 * representative, review), so every rule a state depends on has been checked on the way.
 * "rep_confirmed": waiting for the representative, who has confirmed (ready to submit).
 */
export async function makeSlot(opts: { hr: UserRow; status?: MakeSlotStatus; consultant?: UserRow; over?: Partial<SlotInput> }): Promise<number> {
  const { hr, status = "draft" } = opts;
  const ctx = ctxFor(hr);
  const id = createSlot(ctx, slotInputFor(hr, opts.over));
  if (status === "draft") return id;
  if (status === "withdrawn") {
    transitionSlot(ctx, { slotId: id, command: "withdraw", version: slotVersion(id) });
    return id;
  }
  const fte = getDb().select({ fte: workplaces.ordinaryFte }).from(workplaces).innerJoin(slots, eq(slots.workplaceId, workplaces.id)).where(eq(slots.id, id)).get()!.fte;
  if (needsRepresentative(fte)) {
    const token = askRepresentative(hr, id);
    if (status === "awaiting_representative") return id;
    answerAsRepresentative(id, token);
    if (status === "rep_confirmed") return id;
  } else if (status === "awaiting_representative" || status === "rep_confirmed") {
    throw new Error("makeSlot: this workplace has no representative to wait for");
  }
  transitionSlot(ctx, { slotId: id, command: "submit", version: slotVersion(id) });
  if (status === "submitted") return id;
  const company = getDb().select({ jobcentreId: companies.jobcentreId }).from(companies).where(eq(companies.id, hr.companyId!)).get()!;
  const consultant = opts.consultant ?? (await makeUser("consultant", { jobcentreId: company.jobcentreId }));
  const review = ctxFor(consultant);
  if (status === "changes_requested" || status === "rejected") {
    const command = status === "rejected" ? "reject" : "requestChanges";
    transitionSlot(review, { slotId: id, command, version: slotVersion(id), comment: "Beskriv opgaverne mere konkret." });
    return id;
  }
  transitionSlot(review, { slotId: id, command: "approve", version: slotVersion(id) });
  if (status === "open") return id;
  if (status === "filled" || status === "closed") transitionSlot(ctx, { slotId: id, command: "markFilled", version: slotVersion(id) });
  if (status === "closed") transitionSlot(ctx, { slotId: id, command: "close", version: slotVersion(id) });
  return id;
}

/**
 * The newest audit row of this event matches what is given (subject, scope, details), and
 * was written by `actor` when given. Returns the row for further checks.
 */
export function expectAudit(
  event: AuditEvent,
  match: { subjectId?: number; actorUserId?: number | null; companyId?: number | null; jobcentreId?: number | null; details?: Record<string, unknown> } = {},
) {
  const conditions = [eq(auditLog.event, event)];
  if (match.subjectId !== undefined) conditions.push(eq(auditLog.subjectId, match.subjectId));
  const row = getDb().select().from(auditLog).where(and(...conditions)).orderBy(desc(auditLog.id)).get();
  expect(row, `an audit row ${event}${match.subjectId !== undefined ? ` for ${match.subjectId}` : ""}`).toBeDefined();
  const { details, ...scalar } = match;
  expect(row).toMatchObject(scalar);
  if (details) expect(row!.details).toMatchObject(details);
  return row!;
}

/** An active task and an open slot of the world's company A, mentored by A's mentor, through the real commands. */
export async function makeOpenSlot(w: Awaited<ReturnType<typeof makeWorld>>, over: { seats?: number; workingDays?: ("mon" | "tue" | "wed" | "thu" | "fri")[]; kind?: SlotInput["kind"] } = {}) {
  const taskId = makeTask(w.hr, { workplaceId: String(w.workplaceA.id), adaptations: ["quiet_place"] });
  return makeSlot({
    hr: w.hr,
    consultant: w.consultant,
    status: "open",
    over: {
      title: `Praktik ${unique()}`,
      ...(over.kind ? { kind: over.kind } : {}),
      workplaceId: w.workplaceA.id,
      taskIds: [taskId],
      startHours: 8,
      targetHours: 12,
      steps: [],
      workingDays: over.workingDays ?? ["mon", "tue", "wed"],
      dayStart: "08:00",
      dayEnd: "12:00",
      mentorUserId: w.mentor.id,
      seats: over.seats ?? 1,
    },
  });
}

export async function makeCandidate(consultant: typeof users.$inferSelect, over: Record<string, unknown> = {}, consent: Record<string, unknown> | null = {}) {
  const { candidateInput, shapeCandidateForm, consentInput } = await import("~/domain/candidates/schema");
  const { createCandidate, recordConsent } = await import("~/domain/candidates/commands.server");
  const { addMonths } = await import("~/domain/candidates/consent");
  const { copenhagenDate } = await import("~/domain/shared/working-days");
  const ctx = ctxFor(consultant);
  const id = createCandidate(
    ctx,
    candidateInput.parse(
      shapeCandidateForm({
        alias: `Kandidat ${unique()}`,
        ageBand: "25-29",
        postcode: "8000",
        targetGroup: "kontanthjaelp_aktivitetsparat",
        language1: "da",
        level1: "good",
        strengths: "Mødestabil og god til orden",
        hoursNow: "10",
        goalHours: "20",
        days: ["mon", "tue", "wed"],
        transport: ["bike"],
        maxTravelKm: "15",
        supportNeeds: ["quiet_place"],
        supportText: "Har det bedst med en fast plads",
        responsibleUserId: String(consultant.id),
        ...over,
      }),
    ),
  );
  if (consent) {
    const today = copenhagenDate(new Date());
    recordConsent(ctx, { candidateId: id, ...consentInput.parse({ givenOn: today, method: "signed_form", scope: "any", expiresOn: addMonths(today, 6), sections: ["support"], ...consent }) });
  }
  return id;
}

/** A candidate of the world's jobcentre proposed to `slotId`, met and accepted by HR, through the real commands. */
export async function makeAcceptedProposal(w: Awaited<ReturnType<typeof makeWorld>>, slotId: number, candidateOver: Record<string, unknown> = {}) {
  const { propose, transitionProposal } = await import("~/domain/proposals/commands.server");
  const { addDays } = await import("~/domain/candidates/consent");
  const { copenhagenDate } = await import("~/domain/shared/working-days");
  const candidateId = await makeCandidate(w.consultant, candidateOver);
  const proposalId = propose(ctxFor(w.consultant), { candidateId, slotId, motivation: "Stabil og motiveret." });
  const meeting = { meetingDate: addDays(copenhagenDate(new Date()), 2), meetingTime: "10:00", meetingPlace: "Butikken" };
  transitionProposal(ctxFor(w.hr), { proposalId, version: 1, command: "inviteToMeeting", meeting });
  transitionProposal(ctxFor(w.hr), { proposalId, version: 2, command: "accept" });
  return { proposalId, candidateId };
}

/** The start of a placement as the form sends it once shaped: the slot's plan of makeOpenSlot, one goal. */
export function placementStartFor(proposalId: number, over: Partial<StartInput> = {}): StartInput {
  return {
    proposalId,
    startDate: danishToday(new Date()),
    lengthWeeks: 13,
    startHours: 8,
    targetHours: 12,
    steps: [{ afterWeeks: 4, hours: 10 }],
    workingDays: ["mon", "tue", "wed"],
    taskIds: getDb().select({ id: slotTasksTable.taskId }).from(slotTasksTable).innerJoin(proposalsTable, eq(proposalsTable.slotId, slotTasksTable.slotId)).where(eq(proposalsTable.id, proposalId)).all().map((r) => r.id),
    goals: ["Arbejder 12 timer om ugen i uge 13"],
    assessmentOn: null,
    monthlyWageCost: null,
    ...over,
  };
}

/**
 * A started placement of the world's HR and mentor, through the real commands: an open slot
 * (one seat), an accepted proposal and the start. `daysAgo` moves the start date back; `over`
 * changes the terms as the start form would.
 */
export async function makePlacement(w: Awaited<ReturnType<typeof makeWorld>>, opts: { daysAgo?: number; over?: Partial<StartInput> } = {}) {
  const { startPlacement } = await import("~/domain/placements/commands.server");
  const { addDays } = await import("~/domain/candidates/consent");
  const slotId = await makeOpenSlot(w, { seats: 1 });
  const { proposalId, candidateId } = await makeAcceptedProposal(w, slotId);
  const startDate = addDays(danishToday(new Date()), -(opts.daysAgo ?? 0));
  const id = startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { startDate, ...opts.over }));
  return { id, proposalId, candidateId, slotId };
}

/** What a mentor answers in a follow-up, as the form sends it once shaped: every task "with help", every goal "on the way". */
export function followUpAnswersFor(mentor: UserRow, placementId: number, followUpId: number, over: Partial<FollowUpAnswers> = {}): FollowUpAnswers {
  const v = followUpView(ctxFor(mentor), placementId, followUpId);
  return {
    daysPresent: 3,
    daysPlanned: 3,
    hoursWorked: 8,
    wellBeing: 4,
    taskProgress: Object.fromEntries(v.tasks.map((t) => [String(t.id), "with_help" as const])),
    goalProgress: Object.fromEntries(v.goals.map((g) => [String(g.id), "on_the_way" as const])),
    wentWell: "Kom til tiden hver dag",
    concerns: null,
    suggestedHours: null,
    suggestedDays: null,
    suggestionText: null,
    ...over,
  };
}

/** The mentor sends one follow-up of a placement through the real command. */
export function sendFollowUp(mentor: UserRow, placementId: number, followUpId: number, over: Partial<FollowUpAnswers> = {}) {
  const f = getDb().select({ version: followUps.version }).from(followUps).where(eq(followUps.id, followUpId)).get()!;
  const answers = followUpAnswersFor(mentor, placementId, followUpId, over);
  return saveFollowUp(ctxFor(mentor), { placementId, followUpId, version: f.version, intent: "submit", answers });
}

/** The domain's refusal of `fn` (the error, to read its kind, key and fields), or null when it went through; any other error is thrown. */
export function refusal(fn: () => unknown): DomainError | null {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  return null;
}

/**
 * Moves the days of a candidate's current consent by hand, as if time had passed since it was
 * recorded (no command records a consent that has run out), keeping the candidate's
 * `consent_expires_on` as `recordConsent` does (decision 044).
 */
export function setConsentDays(candidateId: number, days: { givenOn?: string; expiresOn: string }): void {
  getDb().update(consentsTable).set(days).where(and(eq(consentsTable.candidateId, candidateId), isNull(consentsTable.replacedAt))).run();
  const current = getDb().select({ withdrawnAt: consentsTable.withdrawnAt }).from(consentsTable).where(and(eq(consentsTable.candidateId, candidateId), isNull(consentsTable.replacedAt))).get();
  keepConsentExpiry(getDb(), candidateId, current && !current.withdrawnAt ? days.expiresOn : null);
}

/** Hands a candidate to another consultant through the profile command (the way a consultant does it), the rest of the profile unchanged. */
export async function handOver(actor: UserRow, candidateId: number, toUserId: number, now = new Date()) {
  const { candidates } = await import("~/db/schema");
  const { updateCandidate } = await import("~/domain/candidates/commands.server");
  const { id, jobcentreId: _j, responsibleUserId: _r, anonymisedAt: _a, version, createdAt: _c, updatedAt: _u, consentExpiresOn: _e, ...profile } = getDb().select().from(candidates).where(eq(candidates.id, candidateId)).get()!;
  updateCandidate(ctxFor(actor, now), { ...profile, responsibleUserId: toUserId, candidateId: id, version });
}
