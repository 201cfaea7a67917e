import type { LoaderFunctionArgs } from "@remix-run/node";
import { companyPolicy } from "~/domain/companies/policy";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/alerts";
import { DataTable } from "~/components/data-table";
import { HoursRelievedFigure } from "~/components/hours-figure";
import { taskColumns } from "~/components/lists/task-columns";
import { pageMeta } from "~/components/page-meta";
import { TaskFilterForm } from "~/components/task-list";
import { listWorkplaceChoices } from "~/domain/companies/queries.server";
import { hoursRelieved, statusesVisibleTo } from "~/domain/tasks/queries.server";
import { loadList } from "~/http/list.server";
import { companyTasksList } from "~/http/lists/tasks.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.tasks");

export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, companyTasksList);
  const companyId = ctx.actor.companyId!;
  return {
    isHr: ctx.actor.role === "company_admin",
    canCreate: companyPolicy(ctx.actor).prepare,
    filters,
    statuses: statusesVisibleTo(ctx, companyId),
    workplaces: listWorkplaceChoices(ctx, companyId),
    result,
    relieved: hoursRelieved(ctx, companyId),
  };
}

const columns = taskColumns((id) => `/company/tasks/${id}`);

export default function Tasks() {
  const t = useT();
  const { isHr, canCreate, filters, statuses, workplaces, result, relieved } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const created = Number(params.get("created") ?? 0);
  return (
    <div className="stack">
      <h1>{t("tasks.title")}</h1>
      <p className="font-lead">{isHr ? t("tasks.leadHr") : t("tasks.leadMentor")}</p>
      {created > 0 ? <Alert kind="success" heading={t(params.get("activated") ? "tasks.createdActiveFromFinder" : "tasks.createdFromFinder", { count: created })} /> : null}
      <HoursRelievedFigure relieved={relieved} />
      {canCreate ? (
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
      <DataTable
        caption={t("tasks.title")}
        columns={columns}
        rowKey={(r) => r.id}
        countKey="tasks.count"
        csvHref="/company/tasks.csv"
        sort={filters.sort}
        {...result}
      />
    </div>
  );
}
