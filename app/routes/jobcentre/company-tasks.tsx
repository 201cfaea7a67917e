import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { HoursRelievedFigure } from "~/components/hours-figure";
import { taskColumns } from "~/components/lists/task-columns";
import { TaskFilterForm } from "~/components/task-list";
import { getCompany, listWorkplaceChoices } from "~/domain/companies/queries.server";
import { hoursRelieved, statusesVisibleTo } from "~/domain/tasks/queries.server";
import { orHttpError } from "~/http/forms.server";
import { loadList } from "~/http/list.server";
import { jobcentreCompanyTasksList } from "~/http/lists/tasks.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";
import { BackLink } from "~/components/back-link";
import { backPath } from "~/http/back.server";
import { backLabelKey } from "~/http/navigation";

export const meta = pageMeta("title.companyTasks");

/** Read-only: consultants see a company's tasks so they can talk with it about them. */
export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, jobcentreCompanyTasksList);
  const { companyId } = filters;
  return orHttpError(() => {
    const company = getCompany(ctx, companyId);
    return {
      company: { id: company.id, name: company.name },
      back: (() => {
        const back = backPath(args.request, `/jobcentre/companies/${company.id}`);
        return { href: back.href, labelKey: backLabelKey(back.href) };
      })(),
      filters,
      statuses: statusesVisibleTo(ctx, companyId),
      workplaces: listWorkplaceChoices(ctx, companyId),
      result,
      relieved: hoursRelieved(ctx, companyId),
    };
  });
}

export default function CompanyTasks() {
  const t = useT();

  const { company, back, filters, statuses, workplaces, result, relieved } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <BackLink href={back.href}>{t(back.labelKey)}</BackLink>
      <h1>{t("tasks.companyTitle", { company: company.name })}</h1>
      <HoursRelievedFigure relieved={relieved} />
      <TaskFilterForm filters={filters} workplaces={workplaces} statuses={statuses} />
      <DataTable
        caption={t("tasks.title")}
        columns={taskColumns((id) => `/jobcentre/companies/${company.id}/tasks/${id}`)}
        rowKey={(r) => r.id}
        countKey="tasks.count"
        csvHref={`/jobcentre/companies/${company.id}/tasks.csv`}
        sort={filters.sort}
        {...result}
      />
    </div>
  );
}
