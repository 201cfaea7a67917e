import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { companyPolicy } from "~/domain/companies/policy";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { ErrorSummary } from "~/components/form";
import { TaskDetails } from "~/components/task-details";
import { companyTaskView } from "~/domain/tasks/views";
import { transitionTask } from "~/domain/tasks/commands.server";
import { getTask } from "~/domain/tasks/queries.server";
import { canTransition, isEditable } from "~/domain/tasks/status";
import { handleDomainError, invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { isKeyOf } from "~/i18n/keys";
import { TASK_DONE } from "~/i18n/tasks/keys";
import { translateMessage } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";
import { BackLink } from "~/components/back-link";

export const meta = pageMeta("title.task");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  const task = orHttpError(() => getTask(ctx, idParam(args.params, "taskId")));
  // HR of a company that may still change its data; mentors and a rejected company read.
  return {
    task: companyTaskView(task),
    actions: companyPolicy(ctx.actor).prepare
      ? {
          edit: isEditable(task.status),
          activate: canTransition("activate", task.status),
          archive: canTransition("archive", task.status),
          restore: canTransition("restore", task.status),
        }
      : null,
  };
}

const transitionInput = z.object({
  command: z.enum(["activate", "archive", "restore"]),
  version: z.coerce.number().int().min(1),
});

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const taskId = idParam(args.params, "taskId");
  const formData = await readFormData(args.request);
  const parsed = parseForm(transitionInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    transitionTask(ctx, { taskId, ...parsed.data });
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return redirect(`/company/tasks/${taskId}?done=${parsed.data.command}`);
}

export default function TaskDetail() {
  const t = useT();
  const locale = useLocale();
  const { task, actions } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("done");
  const doneKey = isKeyOf(TASK_DONE, done) ? TASK_DONE[done] : undefined;
  // Completeness problems of "activate" are shown as a list, with a link to fix them.
  const problems = state && !state.ok ? Object.entries(state.errors) : [];
  return (
    <div className="stack">
      <BackLink href="/company/tasks">{t("tasks.backToList")}</BackLink>
      <h1>{task.title}</h1>
      {!state && params.get("saved") ? <Alert kind="success" heading={t("form.saved")} /> : null}
      {!state && params.get("created") === "draft" ? <Alert kind="success" heading={t("tasks.createdDraft")} /> : null}
      {!state && params.get("created") === "active" ? <Alert kind="success" heading={t("tasks.createdActive")} /> : null}
      {!state && doneKey ? <Alert kind="success" heading={t(doneKey)} /> : null}
      {problems.length > 0 && actions?.edit ? (
        <Alert kind="error" heading={t("error.task.incomplete")}>
          <ul>
            {problems.map(([field, key]) => (
              <li key={field}>{translateMessage(locale, key)}</li>
            ))}
          </ul>
          <p>
            <a href={`/company/tasks/${task.id}/edit`}>{t("tasks.completeIt")}</a>
          </p>
        </Alert>
      ) : (
        <ErrorSummary state={state && !state.ok ? state : null} />
      )}
      <TaskDetails task={task} />
      {actions ? (
        <div className="button-row">
          {actions.edit ? (
            <a href={`/company/tasks/${task.id}/edit`} className="button button-primary">
              {t("tasks.edit")}
            </a>
          ) : null}
          {(["activate", "archive", "restore"] as const)
            .filter((c) => actions[c])
            .map((command) => (
              <Form method="post" key={command} className="inline-form">
                <input type="hidden" name="command" value={command} />
                <input type="hidden" name="version" value={task.version} />
                <button type="submit" className="button button-secondary">
                  {t(`tasks.command.${command}`)}
                </button>
              </Form>
            ))}
        </div>
      ) : null}
    </div>
  );
}
