import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "~/auth/session.server";
import { getDb } from "~/db/client.server";
import { auditLog, companies, users, workplaces } from "~/db/schema";
import { listAuditLog } from "~/domain/audit/queries.server";
import { decideCompany, updateCompanyProfile } from "~/domain/companies/commands.server";
import { DomainError } from "~/domain/errors";
import { acceptInvitation, changeColleagueRole, inviteColleague, setColleagueActive } from "~/domain/users/commands.server";
import { call } from "../http";
import { ctxFor, makeCvr, makeWorld } from "../factories";
import { lastMailTo } from "../mail";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const rowCount = (table: typeof companies | typeof users | typeof workplaces) =>
  getDb().select({ n: count() }).from(table).get()!.n;

function signupForm(overrides: Record<string, string> = {}) {
  return {
    cvr: makeCvr(),
    name: "Testbageriet ApS",
    industry: "bakery_food",
    jobcentreId: String(w.jc.id),
    "workplace.pNumber": "1122334455",
    "workplace.name": "Bageriet",
    "workplace.address": "Bagervej 1",
    "workplace.postcode": "8000",
    "workplace.city": "Aarhus C",
    "workplace.ordinaryFte": "12,5",
    contactName: "Bente Bager",
    email: `bente-${Math.random().toString(36).slice(2)}@test.dk`,
    password: "Rugbrød og kanelsnegle",
    ...overrides,
  };
}

describe("sign-up", () => {
  it("creates a pending company, its workplace and an HR user, signed in", async () => {
    const { action } = await import("~/routes/auth/signup");
    const form = signupForm();
    const result = await call(action as never, { url: "/signup", form });
    expect(result.status).toBe(302);
    expect(result.headers?.get("Set-Cookie")).toMatch(/fodfaeste_session=/);
    const company = getDb().select().from(companies).where(eq(companies.cvr, form.cvr)).get()!;
    expect(company.status).toBe("pending");
    const wp = getDb().select().from(workplaces).where(eq(workplaces.companyId, company.id)).get()!;
    expect(wp.ordinaryFte).toBe(12.5);
    const hr = getDb().select().from(users).where(eq(users.email, form.email)).get()!;
    expect(hr.role).toBe("company_admin");
  });

  it("refuses a wrong CVR with a field message and saves nothing", async () => {
    const { action } = await import("~/routes/auth/signup");
    const before = [rowCount(companies), rowCount(users), rowCount(workplaces)];
    const result = await call(action as never, { url: "/signup", form: signupForm({ cvr: "31245673", "workplace.pNumber": "12" }) });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: { cvr: "error.cvr.checksum", "workplace.pNumber": "error.pNumber.format" } });
    expect((result.body as { values: Record<string, string> }).values.password).toBeUndefined();
    expect([rowCount(companies), rowCount(users), rowCount(workplaces)]).toEqual(before);
  });

  it("answers a CVR that already has an account neutrally, without saying who", async () => {
    const { action } = await import("~/routes/auth/signup");
    const before = rowCount(users);
    const result = await call(action as never, { url: "/signup", form: signupForm({ cvr: w.companyA.cvr }) });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: { _form: "error.signup.alreadyRegistered" } });
    expect(JSON.stringify(result.body)).not.toContain(w.companyA.name);
    expect(rowCount(users)).toBe(before);
  });
});

describe("verification", () => {
  async function pendingCompany() {
    const { action } = await import("~/routes/auth/signup");
    const form = signupForm();
    await call(action as never, { url: "/signup", form });
    return getDb().select().from(companies).where(eq(companies.cvr, form.cvr)).get()!;
  }

  it("a consultant of the home jobcentre verifies, and it is audited", async () => {
    const company = await pendingCompany();
    decideCompany(ctxFor(w.consultant), { companyId: company.id, decision: "verified" });
    expect(getDb().select().from(companies).where(eq(companies.id, company.id)).get()!.status).toBe("verified");
    const audit = getDb().select().from(auditLog).where(eq(auditLog.subjectId, company.id)).all();
    expect(audit.map((a) => a.event)).toContain("company.verified");
  });

  it("a rejection keeps the reason the company sees", async () => {
    const company = await pendingCompany();
    decideCompany(ctxFor(w.consultant), { companyId: company.id, decision: "rejected", reason: "CVR-nummeret tilhører en anden virksomhed." });
    const row = getDb().select().from(companies).where(eq(companies.id, company.id)).get()!;
    expect(row).toMatchObject({ status: "rejected", rejectionReason: "CVR-nummeret tilhører en anden virksomhed." });
  });

  it("a consultant of another jobcentre cannot see or decide it", async () => {
    const company = await pendingCompany();
    expect(() => decideCompany(ctxFor(w.consultantOther), { companyId: company.id, decision: "verified" })).toThrow(
      expect.objectContaining({ kind: "not_found" }),
    );
    expect(() => decideCompany(ctxFor(w.hr), { companyId: company.id, decision: "verified" })).toThrow(
      expect.objectContaining({ kind: "forbidden" }),
    );
  });
});

describe("profile edits", () => {
  it("refuses a stale version instead of overwriting", () => {
    const company = getDb().select().from(companies).where(eq(companies.id, w.companyA.id)).get()!;
    updateCompanyProfile(ctxFor(w.hr), { name: "Første Navn ApS", industry: "retail", version: company.version });
    expect(() => updateCompanyProfile(ctxFor(w.hr), { name: "Andet Navn ApS", industry: "retail", version: company.version })).toThrow(
      expect.objectContaining({ kind: "conflict" }),
    );
    expect(getDb().select().from(companies).where(eq(companies.id, w.companyA.id)).get()!.name).toBe("Første Navn ApS");
  });
});

describe("colleagues", () => {
  async function invitationToken(email: string) {
    const mail = await lastMailTo(email);
    return /\/invitation\/(\w+)/.exec(mail.text)![1]!;
  }
  const link = (t: string) => `http://localhost/invitation/${t}`;

  it("HR invites a mentor; the single-use link creates the account in the company", async () => {
    inviteColleague(ctxFor(w.hr), { email: "ny.mentor@test.dk", role: "mentor", locale: "da", link });
    const token = await invitationToken("ny.mentor@test.dk");
    const session = await acceptInvitation({ db: getDb(), now: new Date() }, { token, name: "Ny Mentor", password: "Mentorens lange kode" });
    expect(session.role).toBe("mentor");
    const user = getDb().select().from(users).where(eq(users.email, "ny.mentor@test.dk")).get()!;
    expect(user.companyId).toBe(w.companyA.id);
    await expect(
      acceptInvitation({ db: getDb(), now: new Date() }, { token, name: "Igen", password: "Mentorens lange kode" }),
    ).rejects.toThrow(DomainError);
  });

  it("the link expires after 7 days", async () => {
    inviteColleague(ctxFor(w.hr), { email: "sen@test.dk", role: "company_admin", locale: "da", link });
    const token = await invitationToken("sen@test.dk");
    const later = new Date(Date.now() + 7 * 86_400_000 + 60_000);
    await expect(acceptInvitation({ db: getDb(), now: later }, { token, name: "For Sent", password: "En lang nok kode her" })).rejects.toThrow(
      DomainError,
    );
  });

  it("a mentor cannot invite, and HR cannot hand out jobcentre roles", () => {
    expect(() => inviteColleague(ctxFor(w.mentor), { email: "a@test.dk", role: "mentor", locale: "da", link })).toThrow(
      expect.objectContaining({ kind: "forbidden" }),
    );
    expect(() => inviteColleague(ctxFor(w.hr), { email: "b@test.dk", role: "consultant", locale: "da", link })).toThrow(
      expect.objectContaining({ kind: "forbidden" }),
    );
  });

  it("a jobcentre admin invites a consultant into their jobcentre", async () => {
    inviteColleague(ctxFor(w.admin), { email: "konsulent.ny@test.dk", role: "consultant", locale: "da", link });
    await acceptInvitation({ db: getDb(), now: new Date() }, { token: await invitationToken("konsulent.ny@test.dk"), name: "Ny Konsulent", password: "Konsulentens lange kode" });
    expect(getDb().select().from(users).where(eq(users.email, "konsulent.ny@test.dk")).get()!.jobcentreId).toBe(w.jc.id);
  });

  it("HR changes a colleague's role; another company's HR cannot", async () => {
    changeColleagueRole(ctxFor(w.hr), { userId: w.mentor.id, role: "company_admin" });
    expect(getDb().select().from(users).where(eq(users.id, w.mentor.id)).get()!.role).toBe("company_admin");
    changeColleagueRole(ctxFor(w.hr), { userId: w.mentor.id, role: "mentor" });
    expect(() => changeColleagueRole(ctxFor(w.hrOther), { userId: w.mentor.id, role: "company_admin" })).toThrow(
      expect.objectContaining({ kind: "not_found" }),
    );
  });

  it("deactivating a colleague ends their sessions at once", () => {
    const db = getDb();
    const s = createSession(db, w.mentor.id, new Date());
    setColleagueActive(ctxFor(w.hr), { userId: w.mentor.id, active: false });
    expect(validateSessionToken(db, s.token, new Date())).toBeNull();
    setColleagueActive(ctxFor(w.hr), { userId: w.mentor.id, active: true });
  });

  it("nobody changes their own role or deactivates themselves", () => {
    expect(() => setColleagueActive(ctxFor(w.hr), { userId: w.hr.id, active: false })).toThrow(DomainError);
  });
});

describe("audit log", () => {
  it("a jobcentre admin reads only their jobcentre's log, filterable by type", () => {
    const mine = listAuditLog(ctxFor(w.admin), {});
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.rows.every((r) => r.jobcentreId === w.jc.id)).toBe(true);
    const invites = listAuditLog(ctxFor(w.admin), { event: "user.invited" });
    expect(invites.rows.length).toBeGreaterThan(0);
    expect(invites.rows.every((r) => r.event === "user.invited")).toBe(true);
    const theirs = listAuditLog(ctxFor(w.adminOther), {});
    expect(theirs.rows.some((r) => r.jobcentreId === w.jc.id)).toBe(false);
    expect(() => listAuditLog(ctxFor(w.consultant), {})).toThrow(expect.objectContaining({ kind: "forbidden" }));
  });
});
