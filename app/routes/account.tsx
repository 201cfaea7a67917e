import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { ChoiceGroup, ErrorSummary, SubmitButton, TextField } from "~/components/form";
import { LANGUAGES, MENTOR_STYLES } from "~/domain/candidates/vocabulary";
import { getMentorProfile, saveMentorProfile } from "~/domain/mentors/commands.server";
import { mentorProfileInput } from "~/domain/mentors/schema";
import { changePassword } from "~/domain/auth/commands.server";
import { ownPhone, setOwnPhone } from "~/domain/users/commands.server";
import { optionalDanishPhoneField } from "~/domain/shared/phone";
import { formatDanishPhone } from "~/domain/shared/phone-format";
import { newPasswordField } from "~/domain/users/passwords";
import { MIN_PASSWORD_LENGTH } from "~/domain/users/password-length";
import { ROLES } from "~/domain/users/schema";
import { handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.account");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ROLES);
  const { actor } = ctx;
  // Company staff can be mentors on slots: they describe themselves for the social match.
  const mentor = actor.companyId != null ? (getMentorProfile(ctx) ?? { styles: [], edgeExperience: false, languages: [], line: null }) : null;
  const phone = ownPhone(ctx);
  return { name: actor.name, email: actor.email, phone: phone ? formatDanishPhone(phone) : null, role: actor.role, organisationName: actor.organisationName, mentor };
}

const changePasswordInput = z.object({
  currentPassword: z.string({ required_error: "error.currentPassword.wrong" }).min(1, "error.currentPassword.wrong"),
  newPassword: newPasswordField,
});

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ROLES);
  const formData = await readFormData(args.request);
  if (formData.get("intent") === "phone") {
    const phone = parseForm(z.object({ phone: optionalDanishPhoneField }), formData);
    if (!phone.ok) return invalidForm(phone);
    setOwnPhone(ctx, phone.data.phone);
    return { ok: true as const, saved: "phone" as const };
  }
  if (formData.get("intent") === "mentorProfile") {
    const profile = parseForm(mentorProfileInput, formData);
    if (!profile.ok) return invalidForm(profile);
    try {
      saveMentorProfile(ctx, profile.data);
      return { ok: true as const, saved: "mentor" as const };
    } catch (error) {
      return handleDomainError(error, formData);
    }
  }
  const parsed = parseForm(changePasswordInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    await changePassword(ctx, parsed.data);
    return { ok: true as const, saved: "password" as const };
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
        <ErrorSummary state={failed} labels={{ phone: t("field.yourPhone"), currentPassword: t("field.currentPassword"), newPassword: t("field.newPassword") }} />
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
        <section aria-labelledby="phone-heading">
          <h2 id="phone-heading">{t("field.phone")}</h2>
          {state?.ok && state.saved === "phone" ? <Alert kind="success" heading={t("form.saved")} /> : null}
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="phone" />
            <TextField name="phone" type="tel" label={t("field.yourPhone")} hint={t("hint.phoneOptional")} autoComplete="tel-national" className="input-width-s" state={failed} defaultValue={me.phone} />
            <div className="button-row">
              <SubmitButton secondary>{t("account.savePhone")}</SubmitButton>
            </div>
          </Form>
        </section>
        {me.mentor ? (
          <section aria-labelledby="mentor-heading">
            <h2 id="mentor-heading">{t("mentor.title")}</h2>
            <p>{t("mentor.lead")}</p>
            {state?.ok && state.saved === "mentor" ? <Alert kind="success" heading={t("mentor.saved")} /> : null}
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="mentorProfile" />
              <ChoiceGroup name="styles" legend={t("mentor.styles")} type="checkbox" inline state={failed} checked={me.mentor.styles} options={MENTOR_STYLES.map((m) => ({ value: m, label: t(`mentorStyle.${m}`) }))} />
              <ChoiceGroup
                name="edgeExperience"
                legend={t("mentor.edgeExperience")}
                type="radio"
                inline
                state={failed}
                checked={[me.mentor.edgeExperience ? "yes" : "no"]}
                options={[
                  { value: "yes", label: t("mentor.yes") },
                  { value: "no", label: t("mentor.no") },
                ]}
              />
              <ChoiceGroup name="languages" legend={t("mentor.languages")} type="checkbox" inline state={failed} checked={me.mentor.languages} options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
              <TextField name="line" label={t("mentor.line")} hint={t("mentor.lineHint")} state={failed} defaultValue={me.mentor.line} />
              <div className="button-row">
                <SubmitButton>{t("mentor.save")}</SubmitButton>
              </div>
            </Form>
          </section>
        ) : null}
        <h2>{t("account.changePassword")}</h2>
        <p>{t("account.changePasswordLead")}</p>
        {state?.ok && state.saved === "password" ? <Alert kind="success" heading={t("account.passwordChanged")} /> : null}
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
