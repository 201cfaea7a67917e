/**
 * The probes of issue 8, one test each, so the holes they found cannot come back.
 */
import { spawnSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "~/auth/session.server";
import { hashToken } from "~/auth/tokens.server";
import { getDb } from "~/db/client.server";
import { outbox, slots } from "~/db/schema";
import { changePassword, isResetTokenValid, requestPasswordReset, resetPassword } from "~/domain/auth/commands.server";
import { safeRedirect } from "~/http/navigation";
import { isCalendarDate } from "~/domain/shared/fields";
import { slotInput } from "~/domain/slots/schema";
import { ConfigError, resolvePublicOrigin, resolveTrustProxy } from "~/http/config.server";
import { formatCalendarDate, formatDate, formatDateTime } from "~/i18n/translate";
import { PUBLIC_ORIGIN, call, testContext } from "../http";
import { PASSWORD, ctxFor, makeWorld, sessionCookieFor } from "../factories";
import { mailsTo } from "../mail";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

/** The newest mail to the address, as the outbox dispatcher delivers it. */
const lastMailTo = async (email: string) => (await mailsTo(email)).at(-1);

describe("e-mail links come from configuration, never from the Host header (issue 8.1)", () => {
  it("a reset requested with Host: evil.test links to the configured origin", async () => {
    const { action } = await import("~/routes/auth/reset-request");
    const result = await call(action as never, { url: "http://evil.test/reset-password", form: { email: w.hr.email } });
    expect(result.status).toBeLessThan(400);
    const text = (await lastMailTo(w.hr.email))?.text ?? "";
    expect(text).toContain(`${PUBLIC_ORIGIN}/reset-password/`);
    expect(text).not.toContain("evil.test");
  });

  it("an invitation sent with a foreign Host links to the configured origin", async () => {
    const { action } = await import("~/routes/company/colleagues");
    const email = `ny-${Date.now()}@test.dk`;
    const result = await call(action as never, {
      url: "http://evil.test/company/colleagues",
      cookie: sessionCookieFor(w.hr.id),
      form: { intent: "invite", name: "Ny Kollega", email, role: "mentor" },
    });
    expect(result.status).toBe(302);
    const text = (await lastMailTo(email))?.text ?? "";
    expect(text).toContain(`${PUBLIC_ORIGIN}/invitation/`);
    expect(text).not.toContain("evil.test");
  });

  it("production refuses to start without PUBLIC_ORIGIN; other modes use the configured host and port", () => {
    expect(() => resolvePublicOrigin({}, "production")).toThrow(ConfigError);
    expect(() => resolvePublicOrigin({ PUBLIC_ORIGIN: "fodfaeste.dk" }, "production")).toThrow(ConfigError);
    expect(() => resolvePublicOrigin({ PUBLIC_ORIGIN: "https://fodfaeste.dk/sti" }, "production")).toThrow(ConfigError);
    expect(resolvePublicOrigin({ PUBLIC_ORIGIN: "https://fodfaeste.dk/" }, "production")).toBe("https://fodfaeste.dk");
    expect(resolvePublicOrigin({ PORT: "3200" }, "demo")).toBe("http://localhost:3200");
    expect(resolvePublicOrigin({ PORT: "3200", HOST: "0.0.0.0" }, "development")).toBe("http://localhost:3200");
    expect(resolvePublicOrigin({ PORT: "8080", HOST: "portal.lan" }, "test")).toBe("http://portal.lan:8080");
  });

  it("the server itself stops with a clear message when PUBLIC_ORIGIN is missing in production", () => {
    const env = { ...process.env, NODE_ENV: "production", FODFAESTE_MODE: "", PUBLIC_ORIGIN: "", PORT: "3239" } as NodeJS.ProcessEnv;
    const run = spawnSync(process.execPath, ["--import", "tsx", "server.ts"], { env, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PUBLIC_ORIGIN mangler/);
  });

  it("jobcentre:create refuses to write links without PUBLIC_ORIGIN in production", () => {
    const env = { ...process.env, NODE_ENV: "production", FODFAESTE_MODE: "", PUBLIC_ORIGIN: "" } as NodeJS.ProcessEnv;
    const args = ["--import", "tsx", "scripts/create-jobcentre.ts", "--name", "Jobcenter Probe", "--municipality", "Probe", "--admin-email", "probe@test.dk", "--admin-name", "Pia Probe"];
    const run = spawnSync(process.execPath, args, { env, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PUBLIC_ORIGIN mangler/);
  });
});

describe("TRUST_PROXY accepts only a hop count or subnets (issue 8.10)", () => {
  it("refuses true, which would let any client choose its address", () => {
    expect(() => resolveTrustProxy({ TRUST_PROXY: "true" })).toThrow(ConfigError);
    expect(() => resolveTrustProxy({ TRUST_PROXY: "evil" })).toThrow(ConfigError);
    expect(resolveTrustProxy({ TRUST_PROXY: "1" })).toBe(1);
    expect(resolveTrustProxy({ TRUST_PROXY: "loopback, 10.0.0.0/8" })).toEqual(["loopback", "10.0.0.0/8"]);
    expect(resolveTrustProxy({})).toBeUndefined();
  });
});

describe("impossible dates (issue 8.2)", () => {
  it("are refused by the slot form's schema with the start-date message", () => {
    for (const startDate of ["2030-13-45", "2030-02-31", "2030-04-31", "2031-02-29", "2030-1-5", "30-01-2030"]) {
      const parsed = slotInput.safeParse({ startDate });
      expect(parsed.success).toBe(false);
      const issue = parsed.error!.issues.find((i) => i.path[0] === "startDate");
      expect(issue?.message, startDate).toBe("error.slot.startDate");
    }
    expect(isCalendarDate("2032-02-29")).toBe(true);
    expect(isCalendarDate("2030-12-31")).toBe(true);
  });

  it("are refused by the command too, whoever calls it, and nothing is stored", async () => {
    const { createSlot } = await import("~/domain/slots/commands.server");
    const before = getDb().select().from(slots).all().length;
    expect(() =>
      createSlot(ctxFor(w.hr), {
        kind: "praktik", title: "Praktik", purposeKind: "job_goal", purpose: "Aflaste bagerne med opvask.", workplaceId: w.workplaceA.id, taskIds: [1],
        startDate: "2030-02-31", lengthWeeks: 4, startHours: 8, targetHours: 8, steps: [], workingDays: ["mon"],
        dayStart: "08:00", dayEnd: "16:00", mentorUserId: w.mentor.id, seats: 1, accessibility: null, wishes: null,
      }),
    ).toThrow(expect.objectContaining({ fieldErrors: { startDate: "error.slot.startDate" } }));
    expect(getDb().select().from(slots).all().length).toBe(before);
  });

  it("an odd stored value never makes date formatting throw", () => {
    for (const bad of ["2030-13-45", "2030-02-31", "", "not a date"]) {
      expect(() => formatCalendarDate("da", bad)).not.toThrow();
      expect(() => formatDate("da", bad)).not.toThrow();
      expect(() => formatDateTime("en", bad)).not.toThrow();
    }
    expect(formatCalendarDate("da", "2030-02-31")).toBe("2030-02-31");
    expect(formatCalendarDate("da", "2030-03-01")).toBe("1. marts 2030");
  });
});

describe("redirects after login and language switch stay on the portal (issue 8.3)", () => {
  const hostile = ["/\t/evil.test/login", "/\n/evil.test", "/\r\n/evil.test", "/\u3000/evil.test", "//evil.test", "/\\evil.test", "/%09/../\\evil.test", "https://evil.test", "/\u0000x"];

  it("safeRedirect accepts only a path on our own origin", () => {
    for (const to of hostile) expect(safeRedirect(to, "/fallback"), JSON.stringify(to)).toBe("/fallback");
    expect(safeRedirect("/company/slots?status=open#x", "/")).toBe("/company/slots?status=open#x");
    expect(safeRedirect("/%09/evil.test/login", "/")).toBe("/%09/evil.test/login");
    expect(safeRedirect("/søg?q=æ", "/")).toBe("/s%C3%B8g?q=%C3%A6");
  });

  it("login ends on the start page for every hostile redirectTo, never a 500", async () => {
    const { action } = await import("~/routes/auth/login");
    for (const [i, redirectTo] of hostile.entries()) {
      const result = await call(action as never, {
        url: "/login",
        form: { email: w.hr.email, password: PASSWORD, redirectTo },
        context: testContext({ clientIp: `10.88.0.${i}` }),
      });
      expect(result.status, JSON.stringify(redirectTo)).toBe(302);
      expect(result.location).toBe("/company");
    }
  });

  it("the language switch does the same", async () => {
    const { action } = await import("~/routes/language");
    for (const redirectTo of hostile) {
      const result = await call(action as never, { url: "/language", form: { locale: "en", redirectTo } });
      expect(result.status).toBe(302);
      expect(result.location).toBe("/");
    }
  });
});

describe("reset tokens (issue 8.4)", () => {
  const tokensIn = async (email: string) => (await mailsTo(email)).flatMap((m) => [...m.text.matchAll(/\/reset-password\/(\w+)/g)].map((x) => x[1]!));

  it("using one link makes every older link of the user worthless", async () => {
    const db = getDb();
    const ip = () => ({ db, now: new Date(), ip: `10.99.${Math.floor(Math.random() * 250)}.1` });
    requestPasswordReset(ip(), { email: w.mentor.email, link: (t) => `${PUBLIC_ORIGIN}/reset-password/${t}` });
    requestPasswordReset(ip(), { email: w.mentor.email, link: (t) => `${PUBLIC_ORIGIN}/reset-password/${t}` });
    const [first, second] = (await tokensIn(w.mentor.email)).slice(-2);
    await resetPassword(ip(), { token: second!, newPassword: "En helt ny og lang kode" });
    expect(isResetTokenValid(db, first!, new Date())).toBe(false);
    await expect(resetPassword(ip(), { token: first!, newPassword: "Angriberens lange kode" })).rejects.toThrow(/invalidLink/);
  });

  it("changing the password in /account makes outstanding links worthless", async () => {
    const db = getDb();
    requestPasswordReset({ db, now: new Date(), ip: "10.98.0.1" }, { email: w.consultant.email, link: (t) => `${PUBLIC_ORIGIN}/reset-password/${t}` });
    const token = (await tokensIn(w.consultant.email)).at(-1)!;
    const session = createSession(db, w.consultant.id, new Date());
    await changePassword({ ...ctxFor(w.consultant), sessionId: hashToken(session.token) }, { currentPassword: PASSWORD, newPassword: "Min nye lange adgangskode" });
    expect(isResetTokenValid(db, token, new Date())).toBe(false);
    expect(validateSessionToken(db, session.token, new Date())).not.toBeNull();
  });
});

describe("malformed input answers 400 or is ignored, never 500 (issue 8.12)", () => {
  it("a malformed session cookie is treated as no cookie", async () => {
    const { loader } = await import("~/routes/company/start");
    const result = await call(loader as never, { url: "/company", cookie: "fodfaeste_session=%E0%A4%A" });
    expect(result.status).toBe(302);
    expect(result.location).toMatch(/^\/login/);
  });
});

describe("control characters in text input (issue 8.14)", () => {
  it("are refused with a clear message in names, titles and long text; line breaks stay allowed in long text", async () => {
    const { draftTaskInput } = await import("~/domain/tasks/schema");
    const { personNameField } = await import("~/domain/users/passwords");
    const { workplaceInput } = await import("~/domain/companies/schema");
    const title = draftTaskInput.safeParse({ title: "Opvask\u0000" });
    expect(title.error?.issues[0]?.message).toBe("error.text.controlChars");
    expect(personNameField.safeParse("Anna\u0007 Berg").error?.issues[0]?.message).toBe("error.text.controlChars");
    expect(personNameField.safeParse("Anna\nBerg").success).toBe(false);
    const description = draftTaskInput.safeParse({ title: "Opvask", description: "Første linje\r\nAnden linje\u001b[31m" });
    expect(description.error?.issues[0]?.message).toBe("error.text.controlChars");
    expect(draftTaskInput.safeParse({ title: "Opvask", description: "Første linje\r\nAnden linje\ttab" }).success).toBe(true);
    const workplace = workplaceInput.safeParse({ pNumber: "1234567890", name: "Lager\u0000", address: "Vej 1", postcode: "8000", city: "Aarhus", ordinaryFte: "5" });
    expect(workplace.error?.issues[0]?.message).toBe("error.text.controlChars");
  });

  it("a slot form with a NUL in its title answers 400 with the message, and nothing is saved", async () => {
    const { action } = await import("~/routes/company/slots/new");
    const before = getDb().select().from(slots).all().length;
    const result = await call(action as never, {
      url: "/company/slots/new",
      cookie: sessionCookieFor(w.hr.id),
      form: { title: "Praktik\u0000", purpose: "Aflaste bagerne.", kind: "praktik", startDate: "2030-02-31" },
    });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errors: { title: "error.text.controlChars", startDate: "error.slot.startDate" } });
    expect(getDb().select().from(slots).all().length).toBe(before);
  });
});

describe("the login throttle cannot be raced (issue 8.9)", () => {
  it("60 parallel wrong passwords for one e-mail get at most 5 password checks", async () => {
    const { login } = await import("~/domain/auth/commands.server");
    const { auditLog } = await import("~/db/schema");
    const db = getDb();
    const attempts = Array.from({ length: 60 }, (_, i) => login({ db, now: new Date(), ip: `10.77.${i}.1` }, { email: w.adminOther.email, password: `forkert-${i}` }));
    const results = await Promise.all(attempts);
    const evaluated = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(evaluated).toBe(5);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBe(55);
    const failed = db.select().from(auditLog).where(eq(auditLog.subjectId, w.adminOther.id)).all().filter((r) => r.event === "auth.login_failed");
    expect(failed.length).toBe(5);
  });
});

describe("no user-written text in e-mail subjects (issue 8.7)", () => {
  it("every subject in every catalogue is fixed text without variables", async () => {
    const { AREAS } = await import("~/i18n/catalogue");
    const subjects = Object.values(AREAS).flatMap((area) =>
      Object.values(area as Record<string, Record<string, unknown>>).flatMap((catalogue) =>
        Object.entries(catalogue).filter(([key]) => key.startsWith("mail.") && key.endsWith(".subject")),
      ),
    );
    expect(subjects.length).toBeGreaterThan(10);
    for (const [key, text] of subjects) expect(String(text), key).not.toMatch(/\{/);
  });

  it("a representative mail carries the company's own words in the body only", async () => {
    const { requestRepresentative } = await import("~/domain/slots/representative.server");
    const { companies } = await import("~/db/schema");
    const db = getDb();
    db.update(companies).set({ name: "VIGTIGT: Din konto er spærret – klik her" }).where(eq(companies.id, w.companyA.id)).run();
    const slotId = db.insert(slots).values({
      companyId: w.companyA.id, jobcentreId: w.jc.id, workplaceId: w.workplaceA.id, kind: "praktik", status: "draft",
      title: "Gratis gavekort – svar nu", purpose: "Aflaste bagerne.", startDate: "2030-03-01", lengthWeeks: 4, startHours: 10,
      targetHours: 10, workingDays: ["mon"], dayStart: "08:00", dayEnd: "16:00", mentorUserId: w.mentor.id, seats: 1, updatedAt: new Date(),
    }).returning().get().id;
    requestRepresentative(ctxFor(w.hr), { slotId, version: 1, repName: "Rep", repEmail: "rep-subject@test.dk", link: (id, t) => `${PUBLIC_ORIGIN}/representative/${id}/${t}` });
    const mail = (await lastMailTo("rep-subject@test.dk"))!;
    expect(mail.subject).not.toMatch(/VIGTIGT|gavekort/);
    expect(mail.text).toContain("VIGTIGT: Din konto er spærret");
  });
});

describe("e-mail-sending actions are rate limited per organisation and per address (issue 8.7)", () => {
  it("an organisation can send 20 invitations an hour; the next is refused with 429 and a message", async () => {
    const world = await makeWorld();
    const { action } = await import("~/routes/company/colleagues");
    const cookie = sessionCookieFor(world.hr.id);
    const invite = (email: string) => call(action as never, { url: "/company/colleagues", cookie, form: { intent: "invite", name: "Ny Kollega", email, role: "mentor" } });
    const { MAIL_QUOTA } = await import("~/domain/mail/quota.server");
    for (let i = 0; i < MAIL_QUOTA.perSenderPerHour; i++) expect((await invite(`burst-${i}-${world.companyA.id}@test.dk`)).status).toBe(302);
    const refused = await invite(`burst-x-${world.companyA.id}@test.dk`);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ errors: { _form: "error.mail.tooManyFromYou" } });
    expect(await lastMailTo(`burst-x-${world.companyA.id}@test.dk`)).toBeUndefined();
    // Another organisation is not affected.
    const other = await call(action as never, { url: "/company/colleagues", cookie: sessionCookieFor(world.hrOther.id), form: { intent: "invite", name: "Ny Kollega", email: `ok-${world.companyB.id}@test.dk`, role: "mentor" } });
    expect(other.status).toBe(302);
  });

  it("one address gets at most 5 such e-mails a day, whoever sends them, existing account or not", async () => {
    const { inviteColleague } = await import("~/domain/users/commands.server");
    const worlds = await Promise.all([makeWorld(), makeWorld(), makeWorld()]);
    const target = `target-${Date.now()}@test.dk`;
    const send = (i: number) =>
      inviteColleague(ctxFor(worlds[i % 3]!.hr), { name: "Ny Kollega", email: target, role: "mentor", locale: "da", link: (t) => `${PUBLIC_ORIGIN}/invitation/${t}` });
    for (let i = 0; i < 5; i++) send(i);
    expect(() => send(5)).toThrow(/error.mail.tooManyToAddress/);
    expect(() => inviteColleague(ctxFor(worlds[0]!.hr), { name: "Ny Kollega", email: w.mentor.email, role: "mentor", locale: "da", link: (t) => t })).not.toThrow();
    expect(getDb().select().from(outbox).where(eq(outbox.to, target)).all().length).toBe(5);
  });
});

describe("sign-up is throttled per e-mail and per address (issue 8.6, partly)", () => {
  it("the sixth sign-up for one e-mail within 15 minutes answers 429, taken or not", async () => {
    const { requestSignup } = await import("~/domain/companies/signup.server");
    const db = getDb();
    const input = (cvr: string) => ({
      cvr, name: "Probe ApS", industry: "retail" as const, jobcentreId: w.jc.id, contactName: "Pia Probe", phone: "22334455", email: w.hr.email,
      password: "En lang og god kode 2026",
      workplace: { pNumber: "1234567890", name: "Butik", address: "Vej 1", postcode: "8000", city: "Aarhus", ordinaryFte: 5 },
      locale: "da" as const,
      links: { confirm: (token: string) => `${PUBLIC_ORIGIN}/signup/confirm/${token}`, login: `${PUBLIC_ORIGIN}/login`, reset: `${PUBLIC_ORIGIN}/reset-password` },
    });
    for (let i = 0; i < 5; i++) {
      const result = await requestSignup({ db, now: new Date(), ip: `10.66.0.${i}` }, input(w.companyA.cvr));
      expect(result).toEqual({ ok: true });
    }
    const sixth = await requestSignup({ db, now: new Date(), ip: "10.66.0.99" }, input(w.companyA.cvr));
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
  });
});

describe("the nightly job prunes counters past their windows", () => {
  it("deletes mail-quota and attempt rows older than two days and keeps recent ones", async () => {
    const { expireTokens } = await import("~/jobs/expire-tokens.server");
    const { mailQuota, authAttempts } = await import("~/db/schema");
    const db = getDb();
    const now = new Date();
    const old = new Date(now.getTime() - 3 * 86_400_000);
    db.insert(mailQuota).values([{ sender: "company:old", recipient: "old@test.dk", kind: "invitation", at: old }, { sender: "company:new", recipient: "new@test.dk", kind: "invitation", at: now }]).run();
    db.insert(authAttempts).values({ kind: "login", email: "old-attempt@test.dk", ip: "1.1.1.1", succeeded: false, at: old }).run();
    expireTokens(db, now);
    expect(db.select().from(mailQuota).where(eq(mailQuota.sender, "company:old")).all()).toHaveLength(0);
    expect(db.select().from(mailQuota).where(eq(mailQuota.sender, "company:new")).all()).toHaveLength(1);
    expect(db.select().from(authAttempts).where(eq(authAttempts.email, "old-attempt@test.dk")).all()).toHaveLength(0);
  });
});
