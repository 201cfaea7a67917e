import type { Db } from "~/db/client.server";
import type { CompanyStatus } from "./companies/vocabulary";
import type { Role } from "./users/schema";

/** Who is acting, with the organisation they act for; built once per request by the guard. */
export interface Actor {
  userId: number;
  name: string;
  email: string;
  role: Role;
  companyId: number | null;
  jobcentreId: number | null;
  /** The jobcentre whose log and oversight this actor's actions fall under. */
  scopeJobcentreId: number;
  organisationName: string;
  companyStatus: CompanyStatus | null;
}

export interface Ctx {
  db: Db;
  actor: Actor;
  now: Date;
  ip?: string;
}

export interface AnonCtx {
  db: Db;
  now: Date;
  ip?: string;
}
