import { eq } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { companies, jobcentres } from "~/db/schema";
import type { Actor } from "~/domain/actor";
import type { SessionUser } from "./session.server";

/** Adds the organisation (name, home jobcentre, status) to a signed-in user. */
export function actorFor(db: Db, user: SessionUser): Actor {
  if (user.companyId != null) {
    const company = db
      .select({ name: companies.name, jobcentreId: companies.jobcentreId, status: companies.status })
      .from(companies)
      .where(eq(companies.id, user.companyId))
      .get();
    if (!company) throw new Error(`user ${user.id} points at a missing company`);
    return {
      userId: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      companyId: user.companyId,
      jobcentreId: null,
      scopeJobcentreId: company.jobcentreId,
      organisationName: company.name,
      companyStatus: company.status,
    };
  }
  const jobcentre = db
    .select({ name: jobcentres.name })
    .from(jobcentres)
    .where(eq(jobcentres.id, user.jobcentreId!))
    .get();
  if (!jobcentre) throw new Error(`user ${user.id} points at a missing jobcentre`);
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    companyId: null,
    jobcentreId: user.jobcentreId,
    scopeJobcentreId: user.jobcentreId!,
    organisationName: jobcentre.name,
    companyStatus: null,
  };
}
