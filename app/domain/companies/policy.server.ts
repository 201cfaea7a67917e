import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { companies } from "~/db/schema";
import { DomainError, notFound } from "../errors";
import { companyMay, type CompanyAction } from "./policy";
import { COMPANY_REFUSAL } from "./refusals";

/**
 * Refuses the action unless the company's current status allows it. Reads the status inside
 * the command's transaction, so a company rejected a moment ago is refused at once.
 * Sending to the jobcentre is a form message (HR can act on it); the rest are 403s.
 */
export function assertCompanyMay(db: DbOrTx, companyId: number, action: CompanyAction): void {
  const company = companyStatusQuery(db).get({ companyId });
  if (!company) throw notFound();
  if (companyMay(company.status, action)) return;
  throw new DomainError(action === "submit" ? "invalid" : "forbidden", COMPANY_REFUSAL[action]);
}
// Built once per connection (decision 063); in a command's transaction once per transaction, as before.
const companyStatusQuery = preparedPerConnection((db) => db.select({ status: companies.status }).from(companies).where(eq(companies.id, sql.placeholder("companyId"))).prepare());
