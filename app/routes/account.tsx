import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form";
import { changePassword } from "~/domain/auth/commands.server";
import { MIN_PASSWORD_LENGTH, newPasswordField } from "~/domain/users/passwords";
import { ROLES } from "~/domain/users/schema";
import { handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.account");

export function loader(args: LoaderFunctionArgs) {
  const { actor } = requireRole(args, ROLES);
  return { name: actor.name, email: actor.email, role: actor.role, organisationName: actor.organisationName };
}

const changePasswordInput = z.object({
  currentPassword: z.string({ required_error: "error.currentPassword.wrong" }).min(1, "error.currentPassword.wrong"),
  newPassword: newPasswordField,
});

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ROLES);
  const formData = await readFormData(args.request);
  const parsed = parseForm(changePasswordInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    await changePassword(ctx, parsed.data);
    return { ok: true as const };
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function Account() {
  const t = useT();
  const me = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const failed = state && !state.ok ? state : null;
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{t("account.title")}</h1>
        <dl className="summary-list">
          <dt>{t("field.name")}</dt>
          <dd>{me.name}</dd>
          <dt>{t("field.email")}</dt>
          <dd>{me.email}</dd>
          <dt>{t("field.role")}</dt>
          <dd>{t(`role.${me.role}`)}</dd>
          <dt>{t("field.organisation")}</dt>
          <dd>{me.organisationName}</dd>
        </dl>
        <h2>{t("account.changePassword")}</h2>
        <p>{t("account.changePasswordLead")}</p>
        {state?.ok ? <Alert kind="success" heading={t("account.passwordChanged")} /> : null}
        <ErrorSummary state={failed} />
        <Form method="post" noValidate>
          <TextField name="currentPassword" type="password" label={t("field.currentPassword")} autoComplete="current-password" state={failed} />
          <TextField
            name="newPassword"
            type="password"
            label={t("field.newPassword")}
            hint={t("hint.password", { count: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            state={failed}
          />
          <div className="button-row">
            <SubmitButton>{t("account.savePassword")}</SubmitButton>
          </div>
        </Form>
      </div>
    </div>
  );
}
