import { and, asc, desc, gt, isNull } from "drizzle-orm";
import { invitations, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { tenantScope } from "../shared/tenancy.server";

/** Everyone in the actor's own organisation, with the invitations still open. */
export function listColleagues(ctx: Ctx) {
  const org = {
    users: tenantScope(ctx.actor, { company: users.companyId, jobcentre: users.jobcentreId }),
    invitations: tenantScope(ctx.actor, { company: invitations.companyId, jobcentre: invitations.jobcentreId }),
  };
  const members = ctx.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      team: users.team,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(org.users)
    .orderBy(asc(users.name))
    .all();
  const pending = ctx.db
    .select({ id: invitations.id, name: invitations.name, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(org.invitations, isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, ctx.now)))
    .orderBy(desc(invitations.createdAt))
    .all();
  return { members, pending };
}
