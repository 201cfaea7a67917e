import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Alert } from "~/components/alerts";
import { companyPolicy } from "~/domain/companies/policy";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/form";
import { updateCompanyProfile } from "~/domain/companies/commands.server";
import { getOwnCompany } from "~/domain/companies/queries.server";
import { companyProfileInput, INDUSTRIES } from "~/domain/companies/schema";
import { handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.companyProfile");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const company = getOwnCompany(ctx);
  return { company: { name: company.name, cvr: company.cvr, industry: company.industry, version: company.version }, canEdit: companyPolicy(ctx.actor).prepare };
}

const input = companyProfileInput.extend({ version: z.coerce.number().int().min(1) });

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const formData = await readFormData(args.request);
  const parsed = parseForm(input, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    updateCompanyProfile(ctx, parsed.data);
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return redirect("/company?saved=1");
}

export default function CompanyProfile() {
  const t = useT();
  const { company, canEdit } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{t("profile.title")}</h1>
        <p>{t("profile.cvrFixed", { cvr: company.cvr })}</p>
        <ErrorSummary state={state} />
        {!canEdit ? <Alert kind="info" heading={t("error.company.readOnly")} /> : null}
        {canEdit ? (
          <Form method="post" noValidate>
            <input type="hidden" name="version" value={company.version} />
            <TextField name="name" label={t("field.companyName")} state={state} defaultValue={company.name} />
            <SelectField
              name="industry"
              label={t("field.industry")}
              options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))}
              state={state}
              defaultValue={company.industry}
            />
            <div className="button-row">
              <SubmitButton>{t("form.save")}</SubmitButton>
              <a href="/company" className="function-link">
                {t("form.cancel")}
              </a>
            </div>
          </Form>
        ) : null}
      </div>
    </div>
  );
}
