import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "~/auth/session.server";
import { getDb } from "~/db/client.server";
import { auditLog, companies, users, workplaces } from "~/db/schema";
import { listAuditLog } from "~/domain/audit/queries.server";
import { decideCompany, updateCompanyProfile } from "~/domain/companies/commands.server";
import { DomainError } from "~/domain/errors";
import { acceptInvitation, changeColleagueRole, inviteColleague, resendInvitation, revokeInvitation, setColleagueActive } from "~/domain/users/commands.server";
import { listColleagues } from "~/domain/users/queries.server";
import { call, PUBLIC_ORIGIN, testContext } from "../http";
import { ctxFor, expectAudit, makeCvr, makeWorld } from "../factories";
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
    phone: "86 12 34 56",
    email: `bente-${Math.random().toString(36).slice(2)}@test.dk`,
    password: "Rugbrød og kanelsnegle",
    ...overrides,
  };
}

/** Sends the sign-up form; a new sign-up is then confirmed through the link in its e-mail. */
async function submitSignup(form: Record<string, string>, context = testContext()) {
  const { action } = await import("~/routes/auth/signup");
  return call(action as never, { url: "/signup", form, context });
}

async function confirmFromMail(email: string) {
  const mail = await lastMailTo(email);
  const token = /\/signup\/confirm\/([a-z0-9]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no confirmation link in the mail to ${email}`);
  const { action } = await import("~/routes/auth/signup-confirm");
  return { token, result: await call(action as never, { url: `/signup/confirm/${token}`, form: {}, params: { token } }) };
}

describe("sign-up", () => {
  it("creates nothing until the e-mailed link is used; the link creates a pending company, its workplace and an HR user, signed in", async () => {
    const form = signupForm();
    const before = [rowCount(companies), rowCount(users), rowCount(workplaces)];
    const result = await submitSignup(form);
    expect(result).toMatchObject({ status: 302, location: "/signup?sent=1" });
    expect(result.headers?.get("Set-Cookie")).toBeNull();
    expect([rowCount(companies), rowCount(users), rowCount(workplaces)]).toEqual(before);
    const mail = await lastMailTo(form.email);
    expect(mail.subject).toBe("Oprettelse af virksomhed i Fodfæste");
    expect(mail.text).toContain(`${PUBLIC_ORIGIN}/signup/confirm/`);

    const { result: confirmed } = await confirmFromMail(form.email);
    expect(confirmed).toMatchObject({ status: 302, location: "/company?welcome=1" });
    expect(confirmed.headers?.get("Set-Cookie")).toMatch(/fodfaeste_session=/);
    const company = getDb().select().from(companies).where(eq(companies.cvr, form.cvr)).get()!;
    expect(company.status).toBe("pending");
    const wp = getDb().select().from(workplaces).where(eq(workplaces.companyId, company.id)).get()!;
    expect(wp.ordinaryFte).toBe(12.5);
    const hr = getDb().select().from(users).where(eq(users.email, form.email)).get()!;
    expect(hr.role).toBe("company_admin");
    expect(hr.phone).toBe("86123456");
    expectAudit("company.signed_up", { subjectId: company.id, companyId: company.id, jobcentreId: w.jc.id });
  });

  it("the link works once", async () => {
    const form = signupForm();
    await submitSignup(form);
    const { token } = await confirmFromMail(form.email);
    const { action, loader } = await import("~/routes/auth/signup-confirm");
    const again = await call(action as never, { url: `/signup/confirm/${token}`, form: {}, params: { token } });
    expect(again).toMatchObject({ status: 400, body: { reason: "invalid_link" } });
    expect(await call(loader as never, { url: `/signup/confirm/${token}`, params: { token } })).toMatchObject({ status: 200, body: { request: null } });
  });

  it("refuses a wrong CVR or phone with a field message and saves nothing", async () => {
    const before = [rowCount(companies), rowCount(users), rowCount(workplaces)];
    const result = await submitSignup(signupForm({ cvr: "31245673", "workplace.pNumber": "12", phone: "1234" }));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: { cvr: "error.cvr.checksum", "workplace.pNumber": "error.pNumber.format", phone: "error.phone.format" } });
    expect((result.body as { values: Record<string, string> }).values.password).toBeUndefined();
    expect([rowCount(companies), rowCount(users), rowCount(workplaces)]).toEqual(before);
  });

  it("answers an e-mail that already has an account exactly like a new one, and e-mails that account's owner instead (issue 8.6)", async () => {
    const fresh = await submitSignup(signupForm({ email: `ny-${Math.random().toString(36).slice(2)}@test.dk` }), testContext({ clientIp: "10.8.6.1" }));
    const before = [rowCount(companies), rowCount(users)];
    const known = await submitSignup(signupForm({ email: w.hr.email }), testContext({ clientIp: "10.8.6.2" }));
    expect({ status: known.status, location: known.location, body: known.body }).toEqual({ status: fresh.status, location: fresh.location, body: fresh.body });
    expect([rowCount(companies), rowCount(users)]).toEqual(before);
    const mail = await lastMailTo(w.hr.email);
    expect(mail).toMatchObject({ subject: "Oprettelse af virksomhed i Fodfæste", bodyKey: "mail.signupExisting.body" });
    expect(mail.text).toContain(`${PUBLIC_ORIGIN}/reset-password`);
    expect(mail.text).not.toContain("/signup/confirm/");
  });

  it("stores the e-mail as the log-in looks it up, whoever calls the command: trimmed and in lower case", async () => {
    const { requestSignup, confirmSignup } = await import("~/domain/companies/signup.server");
    const { nestSignupForm, signupInput } = await import("~/domain/companies/signup");
    const { login } = await import("~/domain/auth/commands.server");
    const local = `Blandet.${Math.random().toString(36).slice(2)}`;
    const parsed = signupInput.parse(nestSignupForm(signupForm()));
    let token = "";
    const anon = { db: getDb(), now: new Date(), ip: "10.8.6.9" };
    // As a seed or a job might call it: past the form's schema, with the address as typed.
    const links = { confirm: (t: string) => ((token = t), `${PUBLIC_ORIGIN}/signup/confirm/${t}`), login: `${PUBLIC_ORIGIN}/login`, reset: `${PUBLIC_ORIGIN}/reset-password` };
    expect(await requestSignup(anon, { ...parsed, email: `  ${local}@Test.DK `, locale: "da", links })).toEqual({ ok: true });
    expect(confirmSignup(anon, { token, link: (id) => `${PUBLIC_ORIGIN}/jobcentre/companies/${id}` })).toMatchObject({ ok: true });
    const stored = getDb().select({ email: users.email }).from(users).where(eq(users.email, `${local.toLowerCase()}@test.dk`)).get();
    expect(stored).toEqual({ email: `${local.toLowerCase()}@test.dk` });
    expect((await login({ ...anon, ip: "10.8.6.10" }, { email: `${local.toLowerCase()}@test.dk`, password: "Rugbrød og kanelsnegle" })).ok).toBe(true);
    // The same address in other letters is the same person: an account already, no second sign-up link.
    expect(await requestSignup({ ...anon, ip: "10.8.6.11" }, { ...parsed, email: `${local.toUpperCase()}@TEST.dk`, cvr: makeCvr(), locale: "da", links })).toEqual({ ok: true });
    expect((await lastMailTo(`${local.toLowerCase()}@test.dk`)).bodyKey).toBe("mail.signupExisting.body");
  });

  it("answers a CVR that is already registered alike too, and tells the address to ask for an invitation, without naming the company", async () => {
    const email = `kollega-${Math.random().toString(36).slice(2)}@test.dk`;
    const before = rowCount(users);
    const result = await submitSignup(signupForm({ cvr: w.companyA.cvr, email }), testContext({ clientIp: "10.8.6.3" }));
    expect(result).toMatchObject({ status: 302, location: "/signup?sent=1" });
    expect(rowCount(users)).toBe(before);
    const mail = await lastMailTo(email);
    expect(mail.bodyKey).toBe("mail.signupCvrTaken.body");
    expect(mail.text).not.toContain(w.companyA.name);
  });

  it("a link whose CVR was registered by someone else in the meantime is spent and says so", async () => {
    const first = signupForm();
    const second = signupForm({ cvr: first.cvr });
    await submitSignup(first);
    await submitSignup(second);
    await confirmFromMail(first.email);
    const { result } = await confirmFromMail(second.email);
    expect(result).toMatchObject({ status: 409, body: { reason: "taken" } });
    expect(getDb().select().from(users).where(eq(users.email, second.email)).get()).toBeUndefined();
  });
});

describe("verification", () => {
  async function pendingCompany() {
    const form = signupForm();
    await submitSignup(form);
    await confirmFromMail(form.email);
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
    inviteColleague(ctxFor(w.hr), { name: "Ny Kollega", email: "ny.mentor@test.dk", role: "mentor", locale: "da", link });
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
    inviteColleague(ctxFor(w.hr), { name: "Ny Kollega", email: "sen@test.dk", role: "company_admin", locale: "da", link });
    const token = await invitationToken("sen@test.dk");
    const later = new Date(Date.now() + 7 * 86_400_000 + 60_000);
    await expect(acceptInvitation({ db: getDb(), now: later }, { token, name: "For Sent", password: "En lang nok kode her" })).rejects.toThrow(
      DomainError,
    );
  });

  it("a mentor cannot invite, and HR cannot hand out jobcentre roles", () => {
    expect(() => inviteColleague(ctxFor(w.mentor), { name: "Ny Kollega", email: "a@test.dk", role: "mentor", locale: "da", link })).toThrow(
      expect.objectContaining({ kind: "forbidden" }),
    );
    expect(() => inviteColleague(ctxFor(w.hr), { name: "Ny Kollega", email: "b@test.dk", role: "consultant", locale: "da", link })).toThrow(
      expect.objectContaining({ kind: "forbidden" }),
    );
  });

  it("a jobcentre admin invites a consultant into their jobcentre", async () => {
    inviteColleague(ctxFor(w.admin), { name: "Ny Kollega", email: "konsulent.ny@test.dk", role: "consultant", locale: "da", link });
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

  it("a named mentor gets a short intro to the role, under a subject without anything the inviter typed", async () => {
    inviteColleague(ctxFor(w.hr), { name: "Mette <Mentor>", email: "mette.mentor@test.dk", role: "mentor", locale: "da", link });
    const mail = await lastMailTo("mette.mentor@test.dk");
    expect(mail.subject).toBe("Du er inviteret som mentor i Fodfæste");
    expect(mail.text).toContain("Hej Mette <Mentor>");
    expect(mail.text).toContain("Som mentor tager du imod en ny kollega");
    expect(mail.text).toContain("hver uge de første 4 uger");
  });

  it("refuses to invite yourself or a colleague, each with its own message", () => {
    const hrEmail = getDb().select().from(users).where(eq(users.id, w.hr.id)).get()!.email;
    const mentorEmail = getDb().select().from(users).where(eq(users.id, w.mentor.id)).get()!.email;
    const invite = (email: string) => () => inviteColleague(ctxFor(w.hr), { name: "Nogen", email, role: "mentor", locale: "da", link });
    expect(invite(hrEmail.toUpperCase())).toThrow(expect.objectContaining({ messageKey: "error.invite.self", field: "email" }));
    expect(invite(mentorEmail)).toThrow(expect.objectContaining({ messageKey: "error.invite.colleague", field: "email" }));
  });

  it("resending gives a new link and kills the old; cancelling kills the link and empties the list", async () => {
    inviteColleague(ctxFor(w.hr), { name: "Sofie Sen", email: "sofie.sen@test.dk", role: "mentor", locale: "da", link });
    const first = await invitationToken("sofie.sen@test.dk");
    const id = listColleagues(ctxFor(w.hr)).pending.find((p) => p.email === "sofie.sen@test.dk")!.id;
    // Another company's HR cannot touch it.
    expect(() => resendInvitation(ctxFor(w.hrOther), { invitationId: id, locale: "da", link })).toThrow(expect.objectContaining({ kind: "not_found" }));
    expect(() => revokeInvitation(ctxFor(w.hrOther), { invitationId: id })).toThrow(expect.objectContaining({ kind: "not_found" }));
    resendInvitation(ctxFor(w.hr), { invitationId: id, locale: "da", link });
    const second = await invitationToken("sofie.sen@test.dk");
    expect(second).not.toBe(first);
    const anon = { db: getDb(), now: new Date() };
    await expect(acceptInvitation(anon, { token: first, name: "Sofie", password: "Sofies lange kodeord" })).rejects.toThrow(DomainError);
    revokeInvitation(ctxFor(w.hr), { invitationId: id });
    expect(listColleagues(ctxFor(w.hr)).pending.map((p) => p.email)).not.toContain("sofie.sen@test.dk");
    await expect(acceptInvitation(anon, { token: second, name: "Sofie", password: "Sofies lange kodeord" })).rejects.toThrow(DomainError);
    expect(() => revokeInvitation(ctxFor(w.hr), { invitationId: id })).toThrow(expect.objectContaining({ kind: "not_found" }));
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
