import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { ChoiceGroup, ErrorSummary, SubmitButton } from "~/components/form";
import { pageMeta } from "~/components/page-meta";
import { eraseCandidate } from "~/domain/retention/commands.server";
import { privacyStatus } from "~/domain/retention/queries.server";
import { readFormData } from "~/http/body-limit.server";
import { handleDomainError, invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { formatDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.personalData");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  return orHttpError(() => privacyStatus(ctx, idParam(args.params, "candidateId")));
}

const eraseInput = z.object({ confirm: z.literal("yes", { errorMap: () => ({ message: "error.erase.confirm" }) }) });

/** Erasure on the citizen's request: only the jobcentre's administrator, after ticking that the request is confirmed. */
export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["jobcentre_admin"]);
  const candidateId = idParam(args.params, "candidateId");
  const formData = await readFormData(args.request);
  const parsed = parseForm(eraseInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    eraseCandidate(ctx, { candidateId });
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return redirect(`/jobcentre/candidates/${candidateId}/personal-data?done=erased`);
}

export default function PersonalData() {
  const t = useT();
  const locale = useLocale();
  const c = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [search] = useSearchParams();
  return (
    <div className="row">
      <div className="col-12 col-lg-8 stack">
        <p>
          <a href={`/jobcentre/candidates/${c.id}`} className="back-link">
            {t("candidates.backToProfile")}
          </a>
        </p>
        <h1>{t("personalData.heading", { alias: c.alias })}</h1>
        {search.get("done") === "erased" ? <Alert kind="success" heading={t("personalData.erased")} /> : null}
        {c.anonymisedAt ? <p className="font-lead">{t("personalData.anonymisedOn", { date: formatDate(locale, c.anonymisedAt) })}</p> : null}
        <ErrorSummary state={state} />
        <h2>{t("personalData.accessHeading")}</h2>
        <p>{t("personalData.accessText")}</p>
        <p>
          <a className="button button-secondary" href={`/jobcentre/candidates/${c.id}/personal-data.json`} download>
            {t("personalData.download")}
          </a>
        </p>
        {c.anonymisedAt ? null : (
          <>
            <h2>{t("personalData.eraseHeading")}</h2>
            <p>{t("personalData.eraseText")}</p>
            {c.mayErase ? (
              <Form method="post" noValidate>
                <ChoiceGroup name="confirm" legend={t("personalData.eraseHeading")} type="checkbox" state={state} options={[{ value: "yes", label: t("personalData.eraseConfirm") }]} />
                <div className="button-row">
                  <SubmitButton>{t("personalData.eraseButton")}</SubmitButton>
                </div>
              </Form>
            ) : (
              <p>{t("personalData.onlyAdmin", { admins: c.admins.join(", ") })}</p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
