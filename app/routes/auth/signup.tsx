import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { getSignedIn, anonContext } from "~/auth/guards.server";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/form";
import { listJobcentreOptions } from "~/domain/companies/queries.server";
import { requestSignup } from "~/domain/companies/signup.server";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { nestSignupForm, signupInput } from "~/domain/companies/signup";
import { startPathFor } from "~/http/navigation";
import { MIN_PASSWORD_LENGTH } from "~/domain/users/password-length";
import { formError, handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { WorkplaceFields } from "~/components/workplace-fields";
import { publicUrl } from "~/mail/mailer.server";
import { localeFromRequest } from "~/i18n/locale.server";
import { Alert } from "~/components/alerts";
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
    const result = await requestSignup(anonContext({ request, context }), {
      ...parsed.data,
      locale: localeFromRequest(request),
      links: {
        confirm: (token) => publicUrl(context, `/signup/confirm/${token}`),
        login: publicUrl(context, "/login"),
        reset: publicUrl(context, "/reset-password"),
      },
    });
    if (!result.ok) {
      return formError(formData, "_form", { key: "error.signup.throttled", vars: { count: result.minutes } }, 429);
    }
    // The same answer whether the e-mail or CVR was known (decision 020): the e-mail says which.
    return redirect("/signup?sent=1");
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function Signup() {
  const t = useT();
  const { jobcentres } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  if (params.get("sent") && !state) return <SignupSent />;
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

/** What every sign-up is answered with, known address or not (decision 020). */
function SignupSent() {
  const t = useT();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{t("signup.sentTitle")}</h1>
        <Alert kind="success" heading={t("signup.sentLead")} />
        <p>{t("signup.sentHelp")}</p>
        <p>
          <a href="/signup">{t("signup.again")}</a>
        </p>
      </div>
    </div>
  );
}
