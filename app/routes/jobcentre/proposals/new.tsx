import { readFormData } from "~/http/body-limit.server";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { FitLines } from "~/components/fit-lines";
import { ErrorSummary, SubmitButton, TextArea } from "~/components/form";
import { pageMeta } from "~/components/page-meta";
import { propose } from "~/domain/proposals/commands.server";
import { proposalDraft } from "~/domain/proposals/queries.server";
import { proposeInput } from "~/domain/proposals/schema";
import { handleDomainError, invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { BackLink } from "~/components/back-link";

export const meta = pageMeta("title.propose");

const ids = z.object({ candidateId: z.coerce.number().int().positive(), slotId: z.coerce.number().int().positive() });

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const parsed = ids.safeParse(Object.fromEntries(new URL(args.request.url).searchParams));
  if (!parsed.success) throw new Response("Not Found", { status: 404 });
  return orHttpError(() => proposalDraft(ctx, parsed.data.candidateId, parsed.data.slotId));
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const formData = await readFormData(args.request);
  const parsed = parseForm(proposeInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    const id = propose(ctx, parsed.data);
    return redirect(`/jobcentre/proposals/${id}?done=proposed`);
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function Propose() {
  const t = useT();
  const { candidate, slot, fit, consentCovers } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <BackLink href={`/jobcentre/slots/${slot.id}/candidates`}>{t("ranking.backToRanking")}</BackLink>
        <h1>{t("propose.title", { alias: candidate.alias, title: slot.title })}</h1>
        <p>{slot.companyName}</p>
        <FitLines lines={fit.lines} hardMisfits={fit.hardMisfits} />
        <p className="form-hint">{t("propose.youDecide")}</p>
        {consentCovers ? (
          <>
            <ErrorSummary state={state} />
            <Form method="post" noValidate>
              <input type="hidden" name="candidateId" value={candidate.id} />
              <input type="hidden" name="slotId" value={slot.id} />
              <TextArea name="motivation" label={t("field.motivation")} hint={t("hint.motivation")} rows={4} state={state} />
              <div className="button-row">
                <SubmitButton>{t("propose.submit")}</SubmitButton>
              </div>
            </Form>
          </>
        ) : (
          <Alert kind="warning" heading={t("error.proposal.consent")}>
            <a href={`/jobcentre/candidates/${candidate.id}/consent`}>{t("consent.record")}</a>
          </Alert>
        )}
      </div>
    </div>
  );
}
