import { eq, sql } from "drizzle-orm";
import { preparedPerConnection } from "~/db/prepared.server";
import { jobcentres } from "~/db/schema";
import type { Ctx } from "../actor";
import { notFound } from "../errors";
import type { ContactCard } from "./schema";

/**
 * The contact card of the jobcentre the actor belongs to or falls under: a company's
 * people see their home jobcentre's, staff their own.
 */
export function contactCardFor(ctx: Ctx): ContactCard & { version: number } {
  const row = contactCardQuery(ctx.db).get({ jobcentreId: ctx.actor.scopeJobcentreId });
  if (!row) throw notFound();
  return row;
}

// On every company start page: built once per connection (decision 051).
const contactCardQuery = preparedPerConnection((db) =>
  db
    .select({
      jobcentreName: jobcentres.name,
      contactName: jobcentres.contactName,
      contactPhone: jobcentres.contactPhone,
      contactEmail: jobcentres.contactEmail,
      address: jobcentres.address,
      postcode: jobcentres.postcode,
      city: jobcentres.city,
      version: jobcentres.version,
    })
    .from(jobcentres)
    .where(eq(jobcentres.id, sql.placeholder("jobcentreId")))
    .prepare(),
);
