import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { ErrorSummary, SubmitButton } from "~/components/form";
import { WorkplaceFields } from "~/components/workplace-fields";
import { addWorkplace } from "~/domain/companies/commands.server";
import { workplaceInput } from "~/domain/companies/schema";
import { handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.newWorkplace");

export function loader(args: LoaderFunctionArgs) {
  requireRole(args, ["company_admin"]);
  return null;
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const formData = await readFormData(args.request);
  const parsed = parseForm(workplaceInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    addWorkplace(ctx, parsed.data);
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return redirect("/company/workplaces?created=1");
}

export default function NewWorkplace() {
  const t = useT();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{t("workplaces.add")}</h1>
        <ErrorSummary state={state} />
        <Form method="post" noValidate>
          <WorkplaceFields state={state} />
          <div className="button-row">
            <SubmitButton>{t("form.save")}</SubmitButton>
            <a href="/company/workplaces" className="function-link">
              {t("form.cancel")}
            </a>
          </div>
        </Form>
      </div>
    </div>
  );
}
