import { COMPANY_STAFF, JOBCENTRE_STAFF } from "~/auth/guards.server";
import { taskColumns, type TaskRow } from "~/components/lists/task-columns";
import type { Ctx } from "~/domain/actor";
import { getCompany } from "~/domain/companies/queries.server";
import type { TaskFilters } from "~/domain/tasks/task-filters";
import { parseTaskFilters } from "~/http/filters/tasks";
import { listTasks } from "~/domain/tasks/queries.server";
import { idParam } from "../params";
import type { ListDefinition, ListRequest } from "../list.server";

function load(ctx: Ctx, companyId: number, { search, page, pageSize }: ListRequest) {
  const filters = { ...parseTaskFilters(search), page };
  const result = listTasks(ctx, companyId, filters, pageSize);
  return {
    filters,
    result: {
      ...result,
      rows: result.rows.map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        hoursFreed: r.hoursFreed,
        relievedRole: r.relievedRole,
        workplaceName: r.workplaceName,
      })),
    },
  };
}

/** The company's own tasks (HR all, a mentor the active ones). */
export const companyTasksList: ListDefinition<TaskRow, TaskFilters> = {
  name: "company-tasks",
  fileKey: "title.tasks",
  roles: COMPANY_STAFF,
  load: (ctx, request) => load(ctx, ctx.actor.companyId!, request),
  columns: () => taskColumns((id) => `/company/tasks/${id}`),
};

/** A company's tasks as its jobcentre sees them (read-only); another jobcentre's company is a 404. */
export const jobcentreCompanyTasksList: ListDefinition<TaskRow, TaskFilters & { companyId: number }> = {
  name: "jobcentre-company-tasks",
  fileKey: "title.companyTasks",
  roles: JOBCENTRE_STAFF,
  load(ctx, request) {
    const companyId = idParam(request.params, "companyId");
    getCompany(ctx, companyId);
    const { filters, result } = load(ctx, companyId, request);
    return { filters: { ...filters, companyId }, result };
  },
  columns: (_ctx, filters) => taskColumns((id) => `/jobcentre/companies/${filters.companyId}/tasks/${id}`),
};
