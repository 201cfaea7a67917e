import { anonContext } from "~/auth/guards.server";
import { type ActionFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData } from "@remix-run/react";
import { z } from "zod";
import { Alert } from "~/components/alerts";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form";
import { requestPasswordReset } from "~/domain/auth/commands.server";
import { emailField } from "~/domain/users/passwords";
import { formError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { publicUrl } from "~/mail/mailer.server";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.forgotPassword");

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const parsed = parseForm(z.object({ email: emailField }), formData);
  if (!parsed.ok) return invalidForm(parsed);
  const result = requestPasswordReset(
    anonContext({ request, context }),
    { email: parsed.data.email, link: (token) => publicUrl(context, `/reset-password/${token}`) },
  );
  if (!result.ok) {
    return formError(formData, "_form", { key: "error.reset.throttled", vars: { count: result.minutes } }, 429);
  }
  return { ok: true as const };
}

export default function ResetRequest() {
  const t = useT();
  const state = useActionData<typeof action>();
  if (state?.ok) {
    return (
      <div className="row">
        <div className="col-12 col-md-8 col-lg-6">
          <h1>{t("reset.title")}</h1>
          <Alert kind="success" heading={t("reset.sentHeading")}>
            <p>{t("reset.sentBody")}</p>
          </Alert>
        </div>
      </div>
    );
  }
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t("reset.title")}</h1>
        <p className="font-lead">{t("reset.lead")}</p>
        <ErrorSummary state={state} />
        <Form method="post" noValidate>
          <TextField name="email" type="email" label={t("field.email")} autoComplete="email" state={state} />
          <div className="button-row">
            <SubmitButton>{t("reset.submit")}</SubmitButton>
          </div>
        </Form>
      </div>
    </div>
  );
}
