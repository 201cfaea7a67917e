import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { sessionCookie } from "~/auth/cookie.server";
import { getSignedIn, anonContext } from "~/auth/guards.server";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/form";
import { listJobcentreOptions } from "~/domain/companies/queries.server";
import { signUpCompany } from "~/domain/companies/commands.server";
import { INDUSTRIES } from "~/domain/companies/schema";
import { nestSignupForm, signupInput } from "~/domain/companies/signup";
import { startPathFor } from "~/http/navigation";
import { MIN_PASSWORD_LENGTH } from "~/domain/users/passwords";
import { formError, handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { WorkplaceFields } from "~/components/workplace-fields";
import { publicUrl } from "~/mail/mailer.server";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.signup");

export function loader(args: LoaderFunctionArgs) {
  const signedIn = getSignedIn(args);
  if (signedIn) throw redirect(startPathFor(signedIn.actor.role));
  return { jobcentres: listJobcentreOptions(anonContext(args).db) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const parsed = parseForm(signupInput, formData, nestSignupForm);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    const result = await signUpCompany(
      anonContext({ request, context }),
      { ...parsed.data, link: (id) => publicUrl(context, `/jobcentre/companies/${id}`) },
    );
    if (!result.ok && result.reason === "throttled") {
      return formError(formData, "_form", { key: "error.signup.throttled", vars: { count: result.minutes } }, 429);
    }
    if (!result.ok) {
      // Neutral: it does not confirm which company or e-mail is registered.
      return formError(formData, "_form", "error.signup.alreadyRegistered");
    }
    return redirect("/company?welcome=1", {
      headers: { "Set-Cookie": sessionCookie(request, result.token, result.expiresAt) },
    });
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function Signup() {
  const t = useT();
  const { jobcentres } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const labels = {
    cvr: t("field.cvr"),
    name: t("field.companyName"),
    industry: t("field.industry"),
    jobcentreId: t("field.jobcentre"),
    "workplace.pNumber": t("field.pNumber"),
    "workplace.name": t("field.workplaceName"),
    "workplace.address": t("field.address"),
    "workplace.postcode": t("field.postcode"),
    "workplace.city": t("field.city"),
    "workplace.ordinaryFte": t("field.ordinaryFte"),
    contactName: t("field.yourName"),
    phone: t("field.yourPhone"),
    email: t("field.email"),
    password: t("field.choosePassword"),
  };
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{t("signup.title")}</h1>
        <p className="font-lead">{t("signup.lead")}</p>
        <ErrorSummary state={state} labels={labels} />
        <Form method="post" noValidate>
          <fieldset>
            <legend className="h2">{t("signup.companySection")}</legend>
            <TextField name="cvr" label={labels.cvr} hint={t("hint.cvr")} inputMode="numeric" className="input-width-s" state={state} />
            <TextField name="name" label={labels.name} autoComplete="organization" state={state} />
            <SelectField
              name="industry"
              label={labels.industry}
              placeholder={t("form.choose")}
              options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))}
              state={state}
            />
            <SelectField
              name="jobcentreId"
              label={labels.jobcentreId}
              hint={t("hint.jobcentre")}
              placeholder={t("form.choose")}
              options={jobcentres.map((j) => ({ value: String(j.id), label: j.name }))}
              state={state}
            />
          </fieldset>
          <fieldset>
            <legend className="h2">{t("signup.workplaceSection")}</legend>
            <p>{t("signup.workplaceLead")}</p>
            <WorkplaceFields prefix="workplace." state={state} />
          </fieldset>
          <fieldset>
            <legend className="h2">{t("signup.youSection")}</legend>
            <TextField name="contactName" label={labels.contactName} autoComplete="name" state={state} />
            <TextField name="phone" type="tel" label={labels.phone} hint={t("hint.yourPhone")} autoComplete="tel-national" className="input-width-s" state={state} />
            <TextField name="email" type="email" label={labels.email} autoComplete="email" state={state} />
            <TextField
              name="password"
              type="password"
              label={labels.password}
              hint={t("hint.password", { count: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              state={state}
            />
          </fieldset>
          <div className="button-row">
            <SubmitButton>{t("signup.submit")}</SubmitButton>
          </div>
        </Form>
      </div>
    </div>
  );
}
