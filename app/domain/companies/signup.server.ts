import { and, eq, gt, isNull } from "drizzle-orm";
import { hashPassword } from "~/auth/password.server";
import { createSession } from "~/auth/session.server";
import { generateToken, hashToken } from "~/auth/tokens.server";
import type { DbOrTx } from "~/db/client.server";
import { companies, jobcentres, signupRequests, users, workplaces } from "~/db/schema";
import type { Locale } from "~/i18n/locales";
import type { AnonCtx } from "../actor";
import { claimAttempt } from "../auth/throttle.server";
import { invalid } from "../errors";
import { reserveMail } from "../mail/quota.server";
import { notifyJobcentreStaff } from "../notifications/commands.server";
import { recordAudit } from "../shared/audit.server";
import { queueMail } from "../shared/outbox.server";
import type { SignupInput } from "./signup";

/** How long the confirmation link in the sign-up e-mail works. */
export const SIGNUP_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

export type SignupRequestResult =
  /** The same answer whatever happened: "we have sent you an e-mail" (decision 020). */
  | { ok: true }
  /** Too many sign-ups for this e-mail or from this address: wait this many minutes. */
  | { ok: false; reason: "throttled"; minutes: number };

export interface SignupLinks {
  /** The confirmation link for a new sign-up's token. */
  confirm: (token: string) => string;
  login: string;
  reset: string;
}

/**
 * Step one of signing a company up. Whether the e-mail or CVR number is already known,
 * the person gets the same answer and the same kind of e-mail in their inbox: a link to
 * confirm a new sign-up, or a note that they already have an account (or that the company
 * has one), with the way in. Nothing is created until the link is used, so a typo'd or
 * somebody else's address never gets a company, and the page never tells who is registered.
 */
export async function requestSignup(ctx: AnonCtx, raw: SignupInput & { locale: Locale; links: SignupLinks }): Promise<SignupRequestResult> {
  // Stored as the log-in looks it up (trimmed, lower case) whoever calls: the form's schema does it, a seed or job might not.
  const input = { ...raw, email: raw.email.trim().toLowerCase() };
  // Counted before any work: every attempt, so trying many addresses is throttled too.
  const claim = claimAttempt(ctx.db, "signup", input.email, ctx.ip ?? "unknown", ctx.now);
  if (!claim.ok) return { ok: false, reason: "throttled", minutes: claim.minutes };
  // Hashed in every case, so the answer takes as long whether the e-mail is known or not.
  const passwordHash = await hashPassword(input.password);
  ctx.db.transaction((tx) => {
    const jobcentre = tx.select({ id: jobcentres.id }).from(jobcentres).where(eq(jobcentres.id, input.jobcentreId)).get();
    if (!jobcentre) throw invalid("error.jobcentre.required", "jobcentreId");
    // One address gets at most a few of the portal's e-mails a day, whoever asks (app/domain/mail/quota.server.ts).
    reserveMail(tx, { sender: `signup:${ctx.ip ?? "unknown"}`, to: input.email, kind: "signup", now: ctx.now });
    const existing = tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, input.email)).get();
    if (existing) {
      const vars = { name: existing.name, login: input.links.login, reset: input.links.reset };
      queueMail(tx, { to: input.email, userId: existing.id }, { subjectKey: "mail.signup.subject", bodyKey: "mail.signupExisting.body", vars }, ctx.now);
      return;
    }
    if (cvrTaken(tx, input.cvr)) {
      queueMail(tx, { to: input.email, locale: input.locale }, { subjectKey: "mail.signup.subject", bodyKey: "mail.signupCvrTaken.body", vars: { cvr: input.cvr } }, ctx.now);
      return;
    }
    const token = generateToken();
    const { password: _password, ...rest } = input;
    tx.insert(signupRequests)
      .values({
        tokenHash: hashToken(token),
        email: input.email,
        cvr: input.cvr,
        details: {
          name: rest.name,
          industry: rest.industry,
          jobcentreId: rest.jobcentreId,
          workplace: rest.workplace,
          contactName: rest.contactName,
          phone: rest.phone,
          locale: input.locale,
        },
        passwordHash,
        expiresAt: new Date(ctx.now.getTime() + SIGNUP_LINK_LIFETIME_MS),
        createdAt: ctx.now,
      })
      .run();
    queueMail(
      tx,
      { to: input.email, locale: input.locale },
      { subjectKey: "mail.signup.subject", bodyKey: "mail.signupConfirm.body", vars: { company: rest.name, link: input.links.confirm(token) } },
      ctx.now,
    );
  });
  return { ok: true };
}

function cvrTaken(tx: DbOrTx, cvr: string): boolean {
  return tx.select({ id: companies.id }).from(companies).where(eq(companies.cvr, cvr)).get() != null;
}

/** An unused, unexpired sign-up request, for the confirmation page. */
export function findOpenSignupRequest(db: DbOrTx, token: string, now: Date) {
  const row = db
    .select()
    .from(signupRequests)
    .where(and(eq(signupRequests.tokenHash, hashToken(token)), isNull(signupRequests.usedAt), gt(signupRequests.expiresAt, now)))
    .get();
  return row ?? null;
}

export type ConfirmSignupResult =
  | { ok: true; token: string; expiresAt: Date }
  /** The link is unknown, used or expired. */
  | { ok: false; reason: "invalid_link" }
  /** Between request and confirmation someone else registered the CVR or the e-mail. */
  | { ok: false; reason: "taken" };

/** Step two: the link from the e-mail creates the pending company, its workplace and the HR user, signed in. */
export function confirmSignup(ctx: AnonCtx, input: { token: string; link: (companyId: number) => string }): ConfirmSignupResult {
  return ctx.db.transaction((tx) => {
    const request = findOpenSignupRequest(tx, input.token, ctx.now);
    if (!request) return { ok: false as const, reason: "invalid_link" as const };
    tx.update(signupRequests).set({ usedAt: ctx.now }).where(eq(signupRequests.id, request.id)).run();
    const d = request.details;
    const emailTaken = tx.select({ id: users.id }).from(users).where(eq(users.email, request.email)).get();
    if (emailTaken || cvrTaken(tx, request.cvr)) return { ok: false as const, reason: "taken" as const };
    const company = tx
      .insert(companies)
      .values({ cvr: request.cvr, name: d.name, industry: d.industry, jobcentreId: d.jobcentreId, createdAt: ctx.now })
      .returning()
      .get();
    tx.insert(workplaces).values({ ...d.workplace, companyId: company.id, createdAt: ctx.now }).run();
    const user = tx
      .insert(users)
      .values({
        email: request.email,
        name: d.contactName,
        phone: d.phone,
        passwordHash: request.passwordHash,
        role: "company_admin",
        companyId: company.id,
        locale: d.locale,
        createdAt: ctx.now,
      })
      .returning()
      .get();
    recordAudit(
      tx,
      { ...ctx, actorLabel: `${user.name} <${user.email}>` },
      "company.signed_up",
      { type: "company", id: company.id, companyId: company.id, jobcentreId: company.jobcentreId },
      { cvr: company.cvr, name: company.name },
    );
    notifyJobcentreStaff(
      tx,
      company.jobcentreId,
      {
        kind: "companySignedUp",
        link: `/jobcentre/companies/${company.id}`,
        subjectKey: "mail.signedUp.subject",
        bodyKey: "mail.signedUp.body",
        vars: { company: company.name, cvr: company.cvr, link: input.link(company.id) },
      },
      ctx.now,
    );
    return { ok: true as const, ...createSession(tx, user.id, ctx.now) };
  });
}
