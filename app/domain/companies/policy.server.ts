import { eq } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
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
  const company = db.select({ status: companies.status }).from(companies).where(eq(companies.id, companyId)).get();
  if (!company) throw notFound();
  if (companyMay(company.status, action)) return;
  throw new DomainError(action === "submit" ? "invalid" : "forbidden", COMPANY_REFUSAL[action]);
}
