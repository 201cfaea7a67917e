import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import { invitations, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { forbidden } from "../errors";

/** Everyone in the actor's own organisation, with the invitations still open. */
export function listColleagues(ctx: Ctx) {
  const org =
    ctx.actor.companyId != null
      ? { users: eq(users.companyId, ctx.actor.companyId), invitations: eq(invitations.companyId, ctx.actor.companyId) }
      : ctx.actor.jobcentreId != null
        ? {
            users: eq(users.jobcentreId, ctx.actor.jobcentreId),
            invitations: eq(invitations.jobcentreId, ctx.actor.jobcentreId),
          }
        : null;
  if (!org) throw forbidden();
  const members = ctx.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(org.users)
    .orderBy(asc(users.name))
    .all();
  const pending = ctx.db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(org.invitations, isNull(invitations.acceptedAt), gt(invitations.expiresAt, ctx.now)))
    .orderBy(desc(invitations.createdAt))
    .all();
  return { members, pending };
}
