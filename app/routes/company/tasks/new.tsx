import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { TaskForm } from "~/components/task-form";
import { getOwnCompany, listWorkplaceChoices } from "~/domain/companies/queries.server";
import { createTask } from "~/domain/tasks/commands.server";
import { relievedRoleSuggestions } from "~/domain/tasks/queries.server";
import { assertCompanyMay } from "~/domain/companies/policy.server";
import { handleDomainError, invalidForm, orHttpError } from "~/http/forms.server";
import { parseTaskForm } from "~/http/task-form.server";
import { localeFromRequest } from "~/i18n/locale.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.newTask");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  // The form is offered only where createTask would accept it: a rejected company reads (403).
  orHttpError(() => assertCompanyMay(ctx.db, ctx.actor.companyId!, "prepare"));
  const company = getOwnCompany(ctx);
  return {
    workplaces: listWorkplaceChoices(ctx, company.id),
    roleSuggestions: relievedRoleSuggestions(ctx, company.id, company.industry, localeFromRequest(args.request)),
  };
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const formData = await readFormData(args.request);
  const parsed = parseTaskForm(formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    const id = createTask(ctx, { ...parsed.data, activate: parsed.data.intent === "activate" });
    return redirect(`/company/tasks/${id}?created=${parsed.data.intent === "activate" ? "active" : "draft"}`);
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function NewTask() {
  const t = useT();
  const { workplaces, roleSuggestions } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-9">
        <h1>{t("tasks.new")}</h1>
        <p className="font-lead">{t("tasks.newLead")}</p>
        <TaskForm state={state} workplaces={workplaces} roleSuggestions={roleSuggestions} cancelHref="/company/tasks" />
      </div>
    </div>
  );
}
