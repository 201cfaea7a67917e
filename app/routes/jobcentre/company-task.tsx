import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { TaskDetails } from "~/components/task-details";
import { taskView } from "~/domain/tasks/views";
import { getTask } from "~/domain/tasks/queries.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";
import { BackLink } from "~/components/back-link";

export const meta = pageMeta("title.task");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const companyId = idParam(args.params, "companyId");
  const task = orHttpError(() => getTask(ctx, idParam(args.params, "taskId")));
  // The URL's company must be the task's company, or the link is wrong.
  if (task.companyId !== companyId) throw new Response("Not Found", { status: 404 });
  return { task: taskView(task), companyId };
}

export default function CompanyTask() {
  const t = useT();
  const { task, companyId } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <BackLink href={`/jobcentre/companies/${companyId}/tasks`}>{t("tasks.backToList")}</BackLink>
      <h1>{task.title}</h1>
      <TaskDetails task={task} />
    </div>
  );
}
