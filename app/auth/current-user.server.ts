import { eq, sql } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { companies, jobcentres } from "~/db/schema";
import type { Actor } from "~/domain/actor";
import type { SessionUser } from "./session.server";

const companyOf = preparedPerConnection((db) =>
  db
    .select({ name: companies.name, jobcentreId: companies.jobcentreId, status: companies.status })
    .from(companies)
    .where(eq(companies.id, sql.placeholder("id")))
    .prepare(),
);
const jobcentreOf = preparedPerConnection((db) => db.select({ name: jobcentres.name }).from(jobcentres).where(eq(jobcentres.id, sql.placeholder("id"))).prepare());

/** Adds the organisation (name, home jobcentre, status) to a signed-in user. */
export function actorFor(db: Db, user: SessionUser): Actor {
  if (user.companyId != null) {
    const company = companyOf(db).get({ id: user.companyId });
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
  const jobcentre = jobcentreOf(db).get({ id: user.jobcentreId! });
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
