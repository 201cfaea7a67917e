import { z } from "zod";
import { JOBCENTRE_STAFF } from "~/auth/guards.server";
import { companyColumns, jobcentreWorkplaceColumns, workplaceColumns, type CompanyRow, type WorkplaceRow } from "~/components/lists/company-columns";
import type { Ctx } from "~/domain/actor";
import { getOwnCompany, listJobcentreCompanies, pageWorkplaces } from "~/domain/companies/queries.server";
import { COMPANY_STATUSES, type CompanyStatus } from "~/domain/companies/schema";
import { searchText } from "~/domain/shared/fields";
import type { ListDefinition, ListRequest } from "../list.server";
import { idParam } from "../params";

const companyRow = (c: CompanyRow): CompanyRow => ({ id: c.id, name: c.name, cvr: c.cvr, industry: c.industry, status: c.status, createdAt: c.createdAt });

/** Every company of the actor's jobcentre, by name; filter by status and name or CVR. */
export const jobcentreCompaniesList: ListDefinition<CompanyRow, { status?: CompanyStatus; q: string }> = {
  name: "jobcentre-companies",
  fileKey: "title.companies",
  roles: JOBCENTRE_STAFF,
  load(ctx, { search, page, pageSize }) {
    const status = z.enum(COMPANY_STATUSES).optional().catch(undefined).parse(search.get("status") || undefined);
    const q = searchText(search.get("q")) ?? "";
    const result = listJobcentreCompanies(ctx, { page, pageSize, status, q: q || undefined });
    return { filters: { status, q }, result: { ...result, rows: result.rows.map(companyRow) } };
  },
  columns: () => companyColumns,
};

/** The companies waiting for verification (/jobcentre/verify), oldest first. */
export const pendingCompaniesList: ListDefinition<CompanyRow, { status: "pending" }> = {
  name: "pending-companies",
  fileKey: "title.pending",
  roles: JOBCENTRE_STAFF,
  load(ctx, { page, pageSize }) {
    const result = listJobcentreCompanies(ctx, { page, pageSize, status: "pending", oldestFirst: true });
    return { filters: { status: "pending" }, result: { ...result, rows: result.rows.map(companyRow) } };
  },
  columns: () => companyColumns,
};

/** One page of a company's workplaces, closed ones included; `q` searches name, address, postcode and town. */
function loadWorkplaces(ctx: Ctx, companyId: number, { search, page, pageSize }: ListRequest) {
  const q = searchText(search.get("q")) ?? "";
  const result = pageWorkplaces(ctx, companyId, { page, pageSize, q: q || undefined });
  const rows = result.rows.map((w) => ({
    id: w.id,
    name: w.name,
    pNumber: w.pNumber,
    address: w.address,
    postcode: w.postcode,
    city: w.city,
    ordinaryFte: w.ordinaryFte,
    closed: w.closedAt != null,
  }));
  return { q, result: { ...result, rows } };
}

/** HR's workplaces, a page at a time (a chain has a hundred). */
export const workplacesList: ListDefinition<WorkplaceRow, { q: string }> = {
  name: "workplaces",
  fileKey: "title.workplaces",
  roles: ["company_admin"],
  load(ctx, request) {
    const { q, result } = loadWorkplaces(ctx, getOwnCompany(ctx).id, request);
    return { filters: { q }, result };
  },
  columns: () => workplaceColumns,
};

/** A company's workplaces as its jobcentre reads them (/jobcentre/companies/:companyId/workplaces). */
export const jobcentreCompanyWorkplacesList: ListDefinition<WorkplaceRow, { q: string; companyId: number }> = {
  name: "jobcentre-company-workplaces",
  fileKey: "title.companyWorkplaces",
  roles: JOBCENTRE_STAFF,
  load(ctx, request) {
    const companyId = idParam(request.params, "companyId");
    const { q, result } = loadWorkplaces(ctx, companyId, request);
    return { filters: { q, companyId }, result };
  },
  columns: () => jobcentreWorkplaceColumns,
};
