import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Alert } from "~/components/alerts";
import { companyPolicy } from "~/domain/companies/policy";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from "~/components/form";
import { updateCompanyProfile } from "~/domain/companies/commands.server";
import { getOwnCompany } from "~/domain/companies/queries.server";
import { companyProfileInput } from "~/domain/companies/schema";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { requestCompanyReview } from "~/domain/companies/review-request.server";
import { optionalText } from "~/domain/shared/fields";
import { publicUrl } from "~/mail/mailer.server";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.companyProfile");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const company = getOwnCompany(ctx);
  const may = companyPolicy(ctx.actor);
  return {
    company: { name: company.name, cvr: company.cvr, industry: company.industry, version: company.version, status: company.status, rejectionReason: company.rejectionReason },
    canEdit: may.amend,
    canRequestReview: may.requestReview,
  };
}

const reviewInput = z.object({ note: optionalText(1000) });

const input = companyProfileInput.extend({ version: z.coerce.number().int().min(1) });

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const formData = await readFormData(args.request);
  if (formData.get("intent") === "requestReview") {
    const review = parseForm(reviewInput, formData);
    if (!review.ok) return invalidForm(review);
    try {
      requestCompanyReview(ctx, { note: review.data.note, link: (id) => publicUrl(args.context, `/jobcentre/companies/${id}`) });
    } catch (error) {
      return handleDomainError(error, formData);
    }
    return redirect("/company?reviewRequested=1");
  }
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
  const { company, canEdit, canRequestReview } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{t("profile.title")}</h1>
        <p>{t("profile.cvrFixed", { cvr: company.cvr })}</p>
        {company.status === "rejected" ? (
          <Alert kind="error" heading={t("companyStart.rejected")}>
            <p>{t("companyStart.rejectedReason", { reason: company.rejectionReason ?? "" })}</p>
          </Alert>
        ) : null}
        <ErrorSummary state={state} labels={{ name: t("field.companyName"), industry: t("field.industry"), note: t("companyReview.note") }} />
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
        {canRequestReview ? (
          <section aria-labelledby="review-heading">
            <h2 id="review-heading">{t("companyReview.heading")}</h2>
            <p>{t("companyReview.lead")}</p>
            <p>
              <a href="/company/workplaces">{t("companyReview.workplacesLink")}</a>
            </p>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="requestReview" />
              <TextArea name="note" label={t("companyReview.note")} hint={t("companyReview.noteHint")} state={state} />
              <div className="button-row">
                <SubmitButton>{t("companyReview.submit")}</SubmitButton>
              </div>
            </Form>
          </section>
        ) : null}
      </div>
    </div>
  );
}
