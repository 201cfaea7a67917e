import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { CompanyContacts } from "~/components/company-contacts";
import { ErrorSummary, SubmitButton, TextArea } from "~/components/form";
import { decideCompany } from "~/domain/companies/commands.server";
import { jobcentreCompanyView } from "~/domain/companies/queries.server";
import { rejectionInput } from "~/domain/companies/schema";
import { handleDomainError, invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { formatDate, formatNumber } from "~/i18n/translate";
import { idParam } from "~/http/params";
import { useLocale, useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";
import { fteCount } from "~/components/meter";

export const meta = pageMeta("title.company");


export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const id = idParam(args.params, "companyId");
  return orHttpError(() => jobcentreCompanyView(ctx, id));
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const id = idParam(args.params, "companyId");
  const formData = await readFormData(args.request);
  try {
    if (formData.get("intent") === "verify") {
      decideCompany(ctx, { companyId: id, decision: "verified" });
      return redirect(`/jobcentre/companies/${id}?decided=verified`);
    }
    if (formData.get("intent") === "reject") {
      const parsed = parseForm(rejectionInput, formData);
      if (!parsed.ok) return invalidForm(parsed);
      decideCompany(ctx, { companyId: id, decision: "rejected", reason: parsed.data.reason });
      return redirect(`/jobcentre/companies/${id}?decided=rejected`);
    }
    throw new Response("Bad Request", { status: 400 });
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function JobcentreCompany() {
  const t = useT();
  const locale = useLocale();
  const { company, workplaces, contacts } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const decided = params.get("decided");
  return (
    <div className="stack">
      <h1>{company.name}</h1>
      {company.status === "pending" && company.reviewRequestedAt ? (
        <Alert kind="info" heading={t("verify.reviewRequested", { date: formatDate(locale, company.reviewRequestedAt) })}>
          {company.reviewRequestNote ? <p>{t("verify.reviewNote", { note: company.reviewRequestNote })}</p> : null}
        </Alert>
      ) : null}
      {decided ? <Alert kind="success" heading={t(`verify.done.${decided === "verified" ? "verified" : "rejected"}`)} /> : null}
      <dl className="summary-list">
        <dt>{t("field.cvr")}</dt>
        <dd>{company.cvr}</dd>
        <dt>{t("field.industry")}</dt>
        <dd>{t(`industry.${company.industry}`)}</dd>
        <dt>{t("field.status")}</dt>
        <dd>{t(`companyStatus.${company.status}`)}</dd>
        <dt>{t("field.signedUp")}</dt>
        <dd>{formatDate(locale, company.createdAt)}</dd>
        {company.rejectionReason ? (
          <>
            <dt>{company.status === "pending" ? t("verify.previousRejection") : t("field.rejectionReason")}</dt>
            <dd>{company.rejectionReason}</dd>
          </>
        ) : null}
      </dl>
      <p>
        <a href={`/jobcentre/companies/${company.id}/tasks`} className="button button-secondary">
          {t("tasks.seeCompanyTasks")}
        </a>
      </p>
      <section>
        <h2>{t("verify.contacts")}</h2>
        <CompanyContacts contacts={contacts} />
      </section>
      <section>
        <h2>{t("nav.workplaces")}</h2>
        <ul>
          {workplaces.map((w) => (
            <li key={w.id}>
              <strong>{w.name}</strong> ({t("field.pNumber")} {w.pNumber}) – {w.address}, {w.postcode} {w.city} ·{" "}
              {t("workplace.fteShort", { fte: formatNumber(locale, w.ordinaryFte), count: fteCount(w.ordinaryFte) })}
              {w.closedAt ? ` · ${t("workplace.closed")}` : ""}
            </li>
          ))}
        </ul>
      </section>
      {company.status === "pending" ? (
        <section>
          <h2>{t("verify.heading")}</h2>
          <p>{t("verify.lead")}</p>
          <ErrorSummary state={state} />
          <Form method="post">
            <input type="hidden" name="intent" value="verify" />
            <SubmitButton>{t("verify.verify")}</SubmitButton>
          </Form>
          <h3>{t("verify.rejectHeading")}</h3>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="reject" />
            <TextArea name="reason" label={t("field.rejectionReason")} hint={t("hint.rejectionReason")} state={state} />
            <SubmitButton secondary>{t("verify.reject")}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
