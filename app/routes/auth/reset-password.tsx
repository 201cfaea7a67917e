import { anonContext } from "~/auth/guards.server";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { sessionCookie } from "~/auth/cookie.server";
import { Alert } from "~/components/alerts";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form";
import { isResetTokenValid, resetPassword } from "~/domain/auth/commands.server";
import { startPathFor } from "~/http/navigation";
import { newPasswordField } from "~/domain/users/passwords";
import { MIN_PASSWORD_LENGTH } from "~/domain/users/password-length";
import { handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.newPassword");

export function loader({ params, request, context }: LoaderFunctionArgs) {
  return { valid: isResetTokenValid(anonContext({ request, context }).db, params.token ?? "", new Date()) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const parsed = parseForm(z.object({ password: newPasswordField }), formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    const session = await resetPassword(
      anonContext({ request, context }),
      { token: params.token ?? "", newPassword: parsed.data.password },
    );
    return redirect(startPathFor(session.role), {
      headers: { "Set-Cookie": sessionCookie(request, session.token, session.expiresAt) },
    });
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function ResetPassword() {
  const t = useT();
  const { valid } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t("reset.newTitle")}</h1>
        {valid ? (
          <>
            <ErrorSummary state={state} />
            <Form method="post" noValidate>
              <TextField
                name="password"
                type="password"
                label={t("field.newPassword")}
                hint={t("hint.password", { count: MIN_PASSWORD_LENGTH })}
                autoComplete="new-password"
                state={state}
              />
              <div className="button-row">
                <SubmitButton>{t("reset.save")}</SubmitButton>
              </div>
            </Form>
          </>
        ) : (
          <Alert kind="warning" heading={t("error.reset.invalidLink")}>
            <p>
              <a className="function-link" href="/reset-password">
                {t("reset.askAgain")}
              </a>
            </p>
          </Alert>
        )}
      </div>
    </div>
  );
}
