import { readFormData } from "~/http/body-limit.server";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { ChoiceGroup, ErrorSummary, SubmitButton, TextField } from "~/components/form";
import { pageMeta } from "~/components/page-meta";
import { recordConsent } from "~/domain/candidates/commands.server";
import { defaultExpiry } from "~/domain/candidates/consent";
import { consentableCompanies, getCandidate } from "~/domain/candidates/queries.server";
import { consentInput } from "~/domain/candidates/schema";
import { CONSENT_METHODS, CONSENT_SCOPES, OPTIONAL_SECTIONS } from "~/domain/candidates/vocabulary";
import { RULES } from "~/domain/rules/rules";
import { copenhagenDate } from "~/domain/shared/working-days";
import { handleDomainError, invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { useT } from "~/i18n/use-t";
import { BackLink } from "~/components/back-link";

export const meta = pageMeta("title.consent");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const { candidate, consent } = orHttpError(() => getCandidate(ctx, idParam(args.params, "candidateId"), { audit: false }));
  const today = copenhagenDate(ctx.now);
  return {
    candidate: { id: candidate.id, alias: candidate.alias },
    current: consent && { scope: consent.scope, companyIds: consent.companyIds, sections: consent.sections.filter((s) => s !== "basic") },
    companies: consentableCompanies(ctx),
    today,
    expiry: defaultExpiry(today),
  };
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const candidateId = idParam(args.params, "candidateId");
  const formData = await readFormData(args.request);
  const parsed = parseForm(consentInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    recordConsent(ctx, { ...parsed.data, candidateId });
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return redirect(`/jobcentre/candidates/${candidateId}?done=consent#consent`);
}

export default function ConsentPage() {
  const t = useT();
  const { candidate, current, companies, today, expiry } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <BackLink href={`/jobcentre/candidates/${candidate.id}`}>{t("candidates.backToProfile")}</BackLink>
        <h1>{t("consent.recordFor", { alias: candidate.alias })}</h1>
        <p className="font-lead">{t("consent.lead", { months: RULES.consent.defaultMonths, max: RULES.consent.maxMonths })}</p>
        <ErrorSummary state={state} />
        <Form method="post" noValidate>
          <TextField name="givenOn" type="date" label={t("field.consentGivenOn")} state={state} defaultValue={today} className="input-width-s" />
          <ChoiceGroup name="method" legend={t("field.consentMethod")} type="radio" state={state} checked={["signed_form"]} options={CONSENT_METHODS.map((m) => ({ value: m, label: t(`consentMethod.${m}`) }))} />
          <ChoiceGroup name="scope" legend={t("field.consentScope")} type="radio" state={state} checked={[current?.scope ?? "any"]} options={CONSENT_SCOPES.map((s) => ({ value: s, label: t(`consentScope.${s}`) }))} />
          <ChoiceGroup
            name="companyIds"
            legend={t("field.consentCompanies")}
            hint={t("hint.consentCompanies")}
            type="checkbox"
            state={state}
            checked={(current?.companyIds ?? []).map(String)}
            options={companies.map((c) => ({ value: String(c.id), label: c.name }))}
          />
          <ChoiceGroup
            name="sections"
            legend={t("field.consentSections")}
            hint={t("hint.consentSections")}
            type="checkbox"
            state={state}
            checked={current?.sections ?? []}
            options={OPTIONAL_SECTIONS.map((s) => ({ value: s, label: t(`section.${s}`) }))}
          />
          <TextField name="expiresOn" type="date" label={t("field.consentExpiresOn")} hint={t("hint.consentExpiresOn")} state={state} defaultValue={expiry} className="input-width-s" />
          <div className="button-row">
            <SubmitButton>{t("consent.save")}</SubmitButton>
          </div>
        </Form>
      </div>
    </div>
  );
}
