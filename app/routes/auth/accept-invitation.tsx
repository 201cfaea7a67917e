import { anonContext } from "~/auth/guards.server";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { sessionCookie } from "~/auth/cookie.server";
import { Alert } from "~/components/alerts";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form";
import { startPathFor } from "~/http/navigation";
import { acceptInvitation, findOpenInvitation } from "~/domain/users/commands.server";
import { newPasswordField, personNameField } from "~/domain/users/passwords";
import { MIN_PASSWORD_LENGTH } from "~/domain/users/password-length";
import { handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.invitation");

export function loader({ params, request, context }: LoaderFunctionArgs) {
  const invitation = findOpenInvitation(anonContext({ request, context }).db, params.token ?? "", new Date());
  return {
    invitation: invitation
      ? { email: invitation.email, name: invitation.name, role: invitation.role, organisationName: invitation.organisationName }
      : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const parsed = parseForm(z.object({ name: personNameField, password: newPasswordField }), formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    const session = await acceptInvitation(
      anonContext({ request, context }),
      { token: params.token ?? "", name: parsed.data.name, password: parsed.data.password },
    );
    return redirect(startPathFor(session.role), {
      headers: { "Set-Cookie": sessionCookie(request, session.token, session.expiresAt) },
    });
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function AcceptInvitation() {
  const t = useT();
  const { invitation } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  if (!invitation) {
    return (
      <div className="row">
        <div className="col-12 col-md-8 col-lg-6">
          <h1>{t("invite.title")}</h1>
          <Alert kind="warning" heading={t("error.invite.invalidLink")}>
            <p>{t("invite.askAgain")}</p>
          </Alert>
        </div>
      </div>
    );
  }
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t("invite.title")}</h1>
        <p className="font-lead">
          {t("invite.lead", { organisation: invitation.organisationName, role: t(`roleInSentence.${invitation.role}`) })}
        </p>
        <p>{t("invite.email", { email: invitation.email })}</p>
        <ErrorSummary state={state} />
        <Form method="post" noValidate>
          <TextField name="name" label={t("field.yourName")} autoComplete="name" state={state} defaultValue={invitation.name ?? undefined} />
          <TextField
            name="password"
            type="password"
            label={t("field.newPassword")}
            hint={t("hint.password", { count: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            state={state}
          />
          <div className="button-row">
            <SubmitButton>{t("invite.accept")}</SubmitButton>
          </div>
        </Form>
      </div>
    </div>
  );
}
