import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { SESSION_LIFETIME_MS, createSession, validateSessionToken } from "~/auth/session.server";
import { hashToken } from "~/auth/tokens.server";
import { getDb } from "~/db/client.server";
import { auditLog, outbox, sessions, users } from "~/db/schema";
import { changePassword, login, requestPasswordReset, resetPassword } from "~/domain/auth/commands.server";
import { DomainError } from "~/domain/errors";
import { translateMessage, type UserMessage } from "~/i18n/translate";
import { call, testContext } from "../http";
import { PASSWORD, ctxFor, makeCompany, makeJobcentre, makeUser } from "../factories";
import { lastMailTo } from "../mail";

const anon = (ip = "10.1.1.1", now = new Date()) => ({ db: getDb(), now, ip });
let companyId: number;

beforeAll(async () => {
  const jc = await makeJobcentre();
  companyId = (await makeCompany(jc.id)).company.id;
});

describe("sessions (Lucia's design)", () => {
  it("stores only the SHA-256 of a token with at least 20 bytes of randomness", async () => {
    const user = await makeUser("company_admin", { companyId });
    const { token } = createSession(getDb(), user.id, new Date());
    expect(token.length).toBeGreaterThanOrEqual(32); // 20 bytes in base32
    // (The person also has the session accepting the invitation gave them.)
    const rows = getDb().select().from(sessions).where(eq(sessions.userId, user.id)).all();
    expect(rows.map((r) => r.id)).toContain(hashToken(token));
    for (const row of rows) expect(row.id).not.toContain(token);
  });

  it("slides: a session used in its second half is extended to 30 days again", async () => {
    const user = await makeUser("company_admin", { companyId });
    const start = new Date("2026-01-01T08:00:00Z");
    const { token } = createSession(getDb(), user.id, start);
    const early = validateSessionToken(getDb(), token, new Date(start.getTime() + 5 * 86_400_000));
    expect(early?.renewed).toBe(false);
    const later = new Date(start.getTime() + 20 * 86_400_000);
    const renewed = validateSessionToken(getDb(), token, later);
    expect(renewed?.renewed).toBe(true);
    expect(renewed?.expiresAt.getTime()).toBe(later.getTime() + SESSION_LIFETIME_MS);
  });

  it("expires after 30 days without use and is then deleted", async () => {
    const user = await makeUser("company_admin", { companyId });
    const start = new Date("2026-01-01T08:00:00Z");
    const { token } = createSession(getDb(), user.id, start);
    expect(validateSessionToken(getDb(), token, new Date(start.getTime() + 31 * 86_400_000))).toBeNull();
    expect(getDb().select().from(sessions).where(eq(sessions.id, hashToken(token))).get()).toBeUndefined();
  });

  it("sets an HttpOnly, SameSite=Lax cookie, Secure over https, and deletes the session on logout", async () => {
    const user = await makeUser("company_admin", { companyId });
    const { action } = await import("~/routes/auth/login");
    const result = await call(action as never, { url: "https://fodfaeste.example/login", form: { email: user.email, password: PASSWORD } });
    expect(result.status).toBe(302);
    const cookie = result.headers?.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
    const token = /fodfaeste_session=([^;]+)/.exec(cookie)![1]!;
    const logoutRoute = await import("~/routes/auth/logout");
    const out = await call(logoutRoute.action as never, { url: "/logout", form: {}, cookie: `fodfaeste_session=${token}` });
    expect(out.status).toBe(302);
    expect(getDb().select().from(sessions).where(eq(sessions.id, hashToken(token))).get()).toBeUndefined();
  });
});

describe("login", () => {
  it("answers unknown e-mail and wrong password with the same message", async () => {
    const user = await makeUser("company_admin", { companyId });
    const { action } = await import("~/routes/auth/login");
    const wrong = await call(action as never, { url: "/login", form: { email: user.email, password: "forkert-kode-123" } });
    const unknown = await call(action as never, { url: "/login", form: { email: "ingen@test.dk", password: "forkert-kode-123" } });
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect(wrong.body).toMatchObject({ errors: { _form: "error.login.invalid" } });
    expect(unknown.body).toMatchObject({ errors: { _form: "error.login.invalid" } });
  });

  it("refuses a deactivated user like a wrong password", async () => {
    const user = await makeUser("company_admin", { companyId });
    getDb().update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, user.id)).run();
    const result = await login(anon("10.9.9.9"), { email: user.email, password: PASSWORD });
    expect(result).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles after 5 failures for one e-mail, with HTTP 429 and a Danish message", async () => {
    const user = await makeUser("company_admin", { companyId });
    const { action } = await import("~/routes/auth/login");
    for (let i = 0; i < 5; i++) {
      const r = await call(action as never, { url: "/login", form: { email: user.email, password: "forkert" }, context: testContext({ clientIp: `10.2.0.${i}` }) });
      expect(r.status).toBe(400);
    }
    // Even the right password is refused while the window lasts.
    const blocked = await call(action as never, { url: "/login", form: { email: user.email, password: PASSWORD }, context: testContext({ clientIp: "10.2.0.99" }) });
    expect(blocked.status).toBe(429);
    // The form error is a key with the minutes to wait; the page reads it in the user's language.
    const message = (blocked.body as { errors: { _form: UserMessage } }).errors._form;
    expect(message).toMatchObject({ key: "error.login.throttled", vars: { count: 15 } });
    expect(translateMessage("da", message)).toMatch(/for mange gange\. Vent 15 minutter/);
    // After the 15-minute window it works again.
    const later = await login(anon("10.2.0.98", new Date(Date.now() + 16 * 60_000)), { email: user.email, password: PASSWORD });
    expect(later.ok).toBe(true);
  });

  it("throttles after 20 failures from one address, whatever the e-mail", async () => {
    for (let i = 0; i < 20; i++) {
      const r = await login(anon("10.3.3.3"), { email: `x${i}@test.dk`, password: "forkert" });
      expect(r.ok).toBe(false);
    }
    const user = await makeUser("company_admin", { companyId });
    const blocked = await login(anon("10.3.3.3"), { email: user.email, password: PASSWORD });
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    const elsewhere = await login(anon("10.3.3.4"), { email: user.email, password: PASSWORD });
    expect(elsewhere.ok).toBe(true);
  });

  it("writes logins and failed logins to the audit log of the user's jobcentre", async () => {
    const user = await makeUser("company_admin", { companyId });
    await login(anon("10.4.4.4"), { email: user.email, password: "forkert" });
    await login(anon("10.4.4.4"), { email: user.email, password: PASSWORD });
    const events = getDb().select().from(auditLog).where(eq(auditLog.subjectId, user.id)).all().map((r) => r.event);
    expect(events).toEqual(expect.arrayContaining(["auth.login_failed", "auth.login"]));
  });
});

describe("password change and reset", () => {
  it("changing the password ends every other session of the user", async () => {
    const user = await makeUser("company_admin", { companyId });
    const db = getDb();
    const mine = createSession(db, user.id, new Date());
    const other = createSession(db, user.id, new Date());
    const ctx = { ...ctxFor(user), sessionId: hashToken(mine.token) };
    await changePassword(ctx, { currentPassword: PASSWORD, newPassword: "En helt ny og lang kode" });
    expect(validateSessionToken(db, mine.token, new Date())).not.toBeNull();
    expect(validateSessionToken(db, other.token, new Date())).toBeNull();
    expect((await login(anon("10.5.5.5"), { email: user.email, password: "En helt ny og lang kode" })).ok).toBe(true);
  });

  it("refuses a wrong current password with a field message and changes nothing", async () => {
    const user = await makeUser("company_admin", { companyId });
    const ctx = { ...ctxFor(user), sessionId: "x" };
    await expect(changePassword(ctx, { currentPassword: "forkert", newPassword: "En helt ny og lang kode" })).rejects.toThrow(DomainError);
    expect((await login(anon("10.5.5.6"), { email: user.email, password: PASSWORD })).ok).toBe(true);
  });

  async function linkFromOutbox(email: string): Promise<string> {
    const mail = await lastMailTo(email);
    return /\/reset-password\/(\w+)/.exec(mail.text)![1]!;
  }

  it("sends a single-use link that ends all sessions", async () => {
    const user = await makeUser("company_admin", { companyId });
    const db = getDb();
    const old = createSession(db, user.id, new Date());
    expect(requestPasswordReset(anon("10.6.6.6"), { email: user.email, link: (t) => `http://x/reset-password/${t}` }).ok).toBe(true);
    const token = await linkFromOutbox(user.email);
    await resetPassword(anon(), { token, newPassword: "Nulstillet og lang kode" });
    expect(validateSessionToken(db, old.token, new Date())).toBeNull();
    await expect(resetPassword(anon(), { token, newPassword: "Endnu en lang kode her" })).rejects.toThrow(DomainError);
  });

  it("expires the link after 1 hour", async () => {
    const user = await makeUser("company_admin", { companyId });
    requestPasswordReset(anon("10.6.6.7"), { email: user.email, link: (t) => `http://x/reset-password/${t}` });
    const token = await linkFromOutbox(user.email);
    await expect(
      resetPassword(anon("10.6.6.7", new Date(Date.now() + 61 * 60_000)), { token, newPassword: "Nulstillet og lang kode" }),
    ).rejects.toThrow(DomainError);
  });

  it("answers the same for an unknown e-mail and sends nothing", () => {
    const before = getDb().select().from(outbox).all().length;
    expect(requestPasswordReset(anon("10.6.6.8"), { email: "ukendt@test.dk", link: (t) => t }).ok).toBe(true);
    expect(getDb().select().from(outbox).all().length).toBe(before);
  });
});
