import { and, eq, gt, isNull } from "drizzle-orm";
import { reserveMail, senderOf } from "../mail/quota.server";
import { hashPassword } from "~/auth/password.server";
import { createSession, invalidateUserSessions } from "~/auth/session.server";
import { generateToken, hashToken } from "~/auth/tokens.server";
import type { DbOrTx } from "~/db/client.server";
import { companies, invitations, jobcentres, users } from "~/db/schema";
import type { Locale } from "~/i18n/locales";
import type { AnonCtx, Ctx } from "../actor";
import { assertCompanyMay } from "../companies/policy.server";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { recordAudit } from "../shared/audit.server";
import { queueMail } from "../shared/outbox.server";
import { tenantScope } from "../shared/tenancy.server";
import { assignableRoles, canManageColleagues } from "./policy";
import type { Role } from "./schema";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const orgFilter = (ctx: Ctx) => tenantScope(ctx.actor, { company: users.companyId, jobcentre: users.jobcentreId });

/** A company's people manage colleagues only while the company may change its own data. */
function assertOrgMay(db: DbOrTx, ctx: Ctx, action: "prepare" | "contact") {
  if (ctx.actor.companyId != null) assertCompanyMay(db, ctx.actor.companyId, action);
}

/** Whom the organisation is inviting, as the invitation list shows it. */
const openInvitationOf = (ctx: Ctx) =>
  and(
    tenantScope(ctx.actor, { company: invitations.companyId, jobcentre: invitations.jobcentreId }),
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
    gt(invitations.expiresAt, ctx.now),
  );

/**
 * A mentor is told what the role asks before they accept; others get the plain invitation.
 * Subjects are fixed catalogue text: nothing the inviter typed goes into a subject line.
 */
function queueInvitationMail(
  tx: DbOrTx,
  ctx: Ctx,
  invitation: { email: string; name: string; role: Role; locale: Locale; link: string },
) {
  const mentor = invitation.role === "mentor";
  queueMail(
    tx,
    { to: invitation.email, locale: invitation.locale },
    {
      subjectKey: mentor ? "mail.inviteMentor.subject" : "mail.invite.subject",
      bodyKey: mentor ? "mail.inviteMentor.body" : "mail.invite.body",
      vars: {
        name: invitation.name,
        inviter: ctx.actor.name,
        organisation: ctx.actor.organisationName,
        role: { key: `roleInSentence.${invitation.role}` },
        link: invitation.link,
      },
    },
    ctx.now,
  );
}

export function inviteColleague(
  ctx: Ctx,
  input: { name: string; email: string; role: Role; locale: Locale; link: (token: string) => string },
): void {
  if (!assignableRoles(ctx.actor).includes(input.role)) throw forbidden();
  const email = input.email.trim().toLowerCase();
  ctx.db.transaction((tx) => {
    // An invitation is an e-mail to an outside address: only from a verified company.
    assertOrgMay(tx, ctx, "contact");
    // Mistakes inside the organisation are told plainly; they reveal nothing the inviter
    // cannot already see on the colleagues page.
    const me = tx.select({ email: users.email }).from(users).where(eq(users.id, ctx.actor.userId)).get();
    if (me?.email.toLowerCase() === email) throw invalid("error.invite.self", "email");
    const colleague = tx.select({ id: users.id }).from(users).where(and(eq(users.email, email), orgFilter(ctx))).get();
    if (colleague) throw invalid("error.invite.colleague", "email");
    // Counted before anything else, in both cases below, so the limit says nothing about accounts.
    reserveMail(tx, { sender: senderOf(ctx.actor), to: email, kind: "invitation", now: ctx.now });
    // The answer is the same whether or not the address has an account elsewhere, so inviting
    // cannot be used to find out who uses Fodfæste; the person is told instead.
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (existing) {
      queueMail(
        tx,
        { to: email, userId: existing.id },
        {
          subjectKey: "mail.inviteExisting.subject",
          bodyKey: "mail.inviteExisting.body",
          vars: { inviter: ctx.actor.name, organisation: ctx.actor.organisationName },
        },
        ctx.now,
      );
      recordAudit(tx, ctx, "user.invited", { type: "invitation" }, { email, role: input.role, alreadyHasAccount: true });
      return;
    }
    const token = generateToken();
    const row = tx
      .insert(invitations)
      .values({
        tokenHash: hashToken(token),
        email,
        name: input.name,
        role: input.role,
        companyId: ctx.actor.companyId,
        jobcentreId: ctx.actor.jobcentreId,
        invitedByUserId: ctx.actor.userId,
        expiresAt: new Date(ctx.now.getTime() + INVITATION_LIFETIME_MS),
        createdAt: ctx.now,
      })
      .returning({ id: invitations.id })
      .get();
    // No account yet: the invitation goes in the language the inviter is using.
    queueInvitationMail(tx, ctx, { email, name: input.name, role: input.role, locale: input.locale, link: input.link(token) });
    recordAudit(tx, ctx, "user.invited", { type: "invitation", id: row.id }, { email, role: input.role });
  });
}

/** The organisation's own invitation that is still open; anything else is not found. */
function openInvitation(tx: DbOrTx, ctx: Ctx, invitationId: number) {
  const row = tx.select().from(invitations).where(and(eq(invitations.id, invitationId), openInvitationOf(ctx))).get();
  if (!row) throw notFound();
  return row;
}

/**
 * Sends a fresh link (the old one stops working) with a new lifetime; counts against the
 * same mail limits as a first invitation.
 */
export function resendInvitation(ctx: Ctx, input: { invitationId: number; locale: Locale; link: (token: string) => string }): void {
  if (!canManageColleagues(ctx.actor)) throw forbidden();
  ctx.db.transaction((tx) => {
    assertOrgMay(tx, ctx, "contact");
    const invitation = openInvitation(tx, ctx, input.invitationId);
    reserveMail(tx, { sender: senderOf(ctx.actor), to: invitation.email, kind: "invitation", now: ctx.now });
    const token = generateToken();
    tx.update(invitations)
      .set({ tokenHash: hashToken(token), expiresAt: new Date(ctx.now.getTime() + INVITATION_LIFETIME_MS) })
      .where(eq(invitations.id, invitation.id))
      .run();
    queueInvitationMail(tx, ctx, { email: invitation.email, name: invitation.name ?? "", role: invitation.role, locale: input.locale, link: input.link(token) });
    recordAudit(tx, ctx, "user.invitation_resent", { type: "invitation", id: invitation.id }, { email: invitation.email });
  });
}

/** Cancels an open invitation: its link stops working at once. Allowed even for a read-only company. */
export function revokeInvitation(ctx: Ctx, input: { invitationId: number }): void {
  if (!canManageColleagues(ctx.actor)) throw forbidden();
  ctx.db.transaction((tx) => {
    const invitation = openInvitation(tx, ctx, input.invitationId);
    tx.update(invitations).set({ revokedAt: ctx.now }).where(eq(invitations.id, invitation.id)).run();
    recordAudit(tx, ctx, "user.invitation_revoked", { type: "invitation", id: invitation.id }, { email: invitation.email });
  });
}

export function findOpenInvitation(db: DbOrTx, token: string, now: Date) {
  const invitation = db
    .select()
    .from(invitations)
    .where(
      and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)),
    )
    .get();
  if (!invitation) return null;
  const organisationName =
    invitation.companyId != null
      ? db.select({ name: companies.name }).from(companies).where(eq(companies.id, invitation.companyId)).get()?.name
      : db.select({ name: jobcentres.name }).from(jobcentres).where(eq(jobcentres.id, invitation.jobcentreId!)).get()?.name;
  return { ...invitation, organisationName: organisationName ?? "" };
}

function scopeJobcentre(db: DbOrTx, invitation: { companyId: number | null; jobcentreId: number | null }): number | null {
  if (invitation.jobcentreId != null) return invitation.jobcentreId;
  return db.select({ j: companies.jobcentreId }).from(companies).where(eq(companies.id, invitation.companyId!)).get()?.j ?? null;
}

/** Single use: accepting spends the link, creates the account and signs the person in. */
export async function acceptInvitation(
  ctx: AnonCtx,
  input: { token: string; name: string; password: string },
): Promise<{ token: string; expiresAt: Date; role: Role }> {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction((tx) => {
    const invitation = findOpenInvitation(tx, input.token, ctx.now);
    if (!invitation) throw invalid("error.invite.invalidLink");
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).get()) {
      throw invalid("error.invite.invalidLink");
    }
    tx.update(invitations).set({ acceptedAt: ctx.now }).where(eq(invitations.id, invitation.id)).run();
    const user = tx
      .insert(users)
      .values({
        email: invitation.email,
        name: input.name,
        passwordHash,
        role: invitation.role,
        companyId: invitation.companyId,
        jobcentreId: invitation.jobcentreId,
        createdAt: ctx.now,
      })
      .returning()
      .get();
    recordAudit(
      tx,
      { ...ctx, actorLabel: `${user.name} <${user.email}>` },
      "user.invitation_accepted",
      { type: "user", id: user.id, companyId: invitation.companyId, jobcentreId: scopeJobcentre(tx, invitation) },
      { role: user.role },
    );
    return { ...createSession(tx, user.id, ctx.now), role: user.role };
  });
}

function colleague(tx: DbOrTx, ctx: Ctx, userId: number) {
  if (userId === ctx.actor.userId) throw invalid("error.colleague.self");
  const row = tx
    .select()
    .from(users)
    .where(and(eq(users.id, userId), orgFilter(ctx)))
    .get();
  if (!row) throw notFound();
  return row;
}

export function changeColleagueRole(ctx: Ctx, input: { userId: number; role: Role }): void {
  const roles = assignableRoles(ctx.actor);
  if (roles.length === 0) throw forbidden();
  if (!roles.includes(input.role)) throw invalid("error.role.required", "role");
  ctx.db.transaction((tx) => {
    assertOrgMay(tx, ctx, "prepare");
    const target = colleague(tx, ctx, input.userId);
    if (target.role === input.role) throw conflict("error.colleague.sameRole");
    tx.update(users).set({ role: input.role, version: target.version + 1 }).where(eq(users.id, target.id)).run();
    recordAudit(tx, ctx, "user.role_changed", { type: "user", id: target.id }, { from: target.role, to: input.role, email: target.email });
  });
}

/** Deactivation ends every session of the colleague at once; the account stays for history. */
export function setColleagueActive(ctx: Ctx, input: { userId: number; active: boolean }): void {
  if (assignableRoles(ctx.actor).length === 0) throw forbidden();
  ctx.db.transaction((tx) => {
    assertOrgMay(tx, ctx, "prepare");
    const target = colleague(tx, ctx, input.userId);
    if (input.active === !target.deactivatedAt) throw conflict("error.colleague.alreadyInState");
    tx.update(users)
      .set({ deactivatedAt: input.active ? null : ctx.now, version: target.version + 1 })
      .where(eq(users.id, target.id))
      .run();
    if (!input.active) invalidateUserSessions(tx, target.id);
    recordAudit(tx, ctx, input.active ? "user.reactivated" : "user.deactivated", { type: "user", id: target.id }, { email: target.email });
  });
}

export function setOwnLocale(ctx: Ctx, locale: Locale): void {
  ctx.db.update(users).set({ locale }).where(eq(users.id, ctx.actor.userId)).run();
}

/** Each person keeps their own phone number, so the jobcentre (or a colleague) can call them. */
export function setOwnPhone(ctx: Ctx, phone: string | null): void {
  ctx.db.transaction((tx) => {
    tx.update(users).set({ phone }).where(eq(users.id, ctx.actor.userId)).run();
    recordAudit(tx, ctx, "user.phone_changed", { type: "user", id: ctx.actor.userId }, { phone: phone ?? "" });
  });
}

export function ownPhone(ctx: Ctx): string | null {
  return ctx.db.select({ phone: users.phone }).from(users).where(eq(users.id, ctx.actor.userId)).get()?.phone ?? null;
}
