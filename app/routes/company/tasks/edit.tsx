import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { TaskForm } from "~/components/task-form";
import { getOwnCompany, listWorkplaceChoices } from "~/domain/companies/queries.server";
import { updateTask } from "~/domain/tasks/commands.server";
import { getTask, relievedRoleSuggestions } from "~/domain/tasks/queries.server";
import { isEditable } from "~/domain/tasks/status";
import { handleDomainError, invalidForm, orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { parseTaskForm, versionInput } from "~/http/task-form.server";
import { localeFromRequest } from "~/i18n/locale.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";
import { taskFormView } from "~/domain/tasks/views";

export const meta = pageMeta("title.editTask");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const task = orHttpError(() => getTask(ctx, idParam(args.params, "taskId")));
  const company = getOwnCompany(ctx);
  return {
    task: taskFormView(task),
    workplaces: listWorkplaceChoices(ctx, company.id),
    roleSuggestions: relievedRoleSuggestions(ctx, company.id, company.industry, localeFromRequest(args.request)),
  };
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const taskId = idParam(args.params, "taskId");
  const formData = await readFormData(args.request);
  const parsed = parseTaskForm(formData);
  if (!parsed.ok) return invalidForm(parsed);
  // A missing or mangled version can only be stale: the command refuses it as a conflict.
  const version = versionInput.catch({ version: 0 }).parse({ version: formData.get("version") }).version;
  try {
    updateTask(ctx, { ...parsed.data, taskId, version, activate: parsed.data.intent === "activate" });
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return redirect(`/company/tasks/${taskId}?saved=1`);
}

export default function EditTask() {
  const t = useT();
  const { task, workplaces, roleSuggestions } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-9">
        <h1>{t("tasks.editTitle", { title: task.title })}</h1>
        {isEditable(task.status) ? (
          <TaskForm
            state={state}
            task={task}
            workplaces={workplaces}
            roleSuggestions={roleSuggestions}
            cancelHref={`/company/tasks/${task.id}`}
          />
        ) : (
          <Alert kind="info" heading={t("error.task.archived")} />
        )}
      </div>
    </div>
  );
}
