import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { HoursRelievedFigure } from "~/components/hours-figure";
import { Pagination } from "~/components/pagination";
import { TaskFilterForm, TaskTable } from "~/components/task-list";
import { getCompany, listWorkplaces } from "~/domain/companies/queries.server";
import { parseTaskFilters } from "~/domain/tasks/filters";
import { hoursRelieved, listTasks, statusesVisibleTo } from "~/domain/tasks/queries.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.companyTasks");

/** Read-only: consultants see a company's tasks so they can talk with it about them. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const companyId = idParam(args.params, "companyId");
  const filters = parseTaskFilters(new URL(args.request.url).searchParams);
  return orHttpError(() => {
    const company = getCompany(ctx, companyId);
    return {
      company: { id: company.id, name: company.name },
      filters,
      statuses: statusesVisibleTo(ctx, companyId),
      workplaces: listWorkplaces(ctx, companyId, { includeClosed: false }).map((w) => ({ id: w.id, name: w.name })),
      result: listTasks(ctx, companyId, filters),
      relieved: hoursRelieved(ctx, companyId),
    };
  });
}

export default function CompanyTasks() {
  const t = useT();

  const { company, filters, statuses, workplaces, result, relieved } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <p>
        <a href={`/jobcentre/companies/${company.id}`} className="back-link">
          {company.name}
        </a>
      </p>
      <h1>{t("tasks.companyTitle", { company: company.name })}</h1>
      <HoursRelievedFigure relieved={relieved} />
      <TaskFilterForm filters={filters} workplaces={workplaces} statuses={statuses} />
      <p role="status">{t("tasks.count", { count: result.total })}</p>
      {result.total > 0 ? (
        <TaskTable rows={result.rows} hrefFor={(id) => `/jobcentre/companies/${company.id}/tasks/${id}`} caption={t("tasks.title")} />
      ) : null}
      <Pagination {...result} />
    </div>
  );
}
