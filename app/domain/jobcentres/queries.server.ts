import { eq } from "drizzle-orm";
import { jobcentres } from "~/db/schema";
import type { Ctx } from "../actor";
import { notFound } from "../errors";
import type { ContactCard } from "./schema";

/**
 * The contact card of the jobcentre the actor belongs to or falls under: a company's
 * people see their home jobcentre's, staff their own.
 */
export function contactCardFor(ctx: Ctx): ContactCard & { version: number } {
  const row = ctx.db
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
    .where(eq(jobcentres.id, ctx.actor.scopeJobcentreId))
    .get();
  if (!row) throw notFound();
  return row;
}
