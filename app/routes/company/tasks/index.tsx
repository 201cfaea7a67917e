import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { HoursRelievedFigure } from "~/components/hours-figure";
import { Pagination } from "~/components/pagination";
import { TaskFilterForm, TaskTable } from "~/components/task-list";
import { listWorkplaces } from "~/domain/companies/queries.server";
import { parseTaskFilters } from "~/domain/tasks/filters";
import { hoursRelieved, listTasks, statusesVisibleTo } from "~/domain/tasks/queries.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.tasks");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  const companyId = ctx.actor.companyId!;
  const filters = parseTaskFilters(new URL(args.request.url).searchParams);
  return {
    isHr: ctx.actor.role === "company_admin",
    filters,
    statuses: statusesVisibleTo(ctx, companyId),
    workplaces: listWorkplaces(ctx, companyId, { includeClosed: false }).map((w) => ({ id: w.id, name: w.name })),
    result: listTasks(ctx, companyId, filters),
    relieved: hoursRelieved(ctx, companyId),
  };
}

export default function Tasks() {
  const t = useT();

  const { isHr, filters, statuses, workplaces, result, relieved } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const created = Number(params.get("created") ?? 0);
  return (
    <div className="stack">
      <h1>{t("tasks.title")}</h1>
      <p className="font-lead">{isHr ? t("tasks.leadHr") : t("tasks.leadMentor")}</p>
      {created > 0 ? <Alert kind="success" heading={t("tasks.createdFromFinder", { count: created })} /> : null}
      <HoursRelievedFigure relieved={relieved} />
      {isHr ? (
        <div className="button-row">
          <a href="/company/tasks/new" className="button button-primary">
            {t("tasks.new")}
          </a>
          <a href="/company/task-finder" className="button button-secondary">
            {t("finder.open")}
          </a>
        </div>
      ) : null}
      <TaskFilterForm filters={filters} workplaces={workplaces} statuses={statuses} />
      <p role="status">{t("tasks.count", { count: result.total })}</p>
      {result.total > 0 ? <TaskTable rows={result.rows} hrefFor={(id) => `/company/tasks/${id}`} caption={t("tasks.title")} /> : null}
      <Pagination {...result} />
    </div>
  );
}
