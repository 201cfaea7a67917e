import { readFormData } from "~/http/body-limit.server";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { CandidateForm } from "~/components/candidate-form";
import { pageMeta } from "~/components/page-meta";
import { createCandidate } from "~/domain/candidates/commands.server";
import { jobcentreStaff } from "~/domain/candidates/candidate-list.server";
import { candidateInput, shapeCandidateForm } from "~/domain/candidates/schema";
import { handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";
import { BackLink } from "~/components/back-link";

export const meta = pageMeta("title.candidateNew");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  return { staff: jobcentreStaff(ctx), me: ctx.actor.userId };
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const formData = await readFormData(args.request);
  const parsed = parseForm(candidateInput, formData, shapeCandidateForm);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    const id = createCandidate(ctx, parsed.data);
    return redirect(`/jobcentre/candidates/${id}?done=created`);
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function NewCandidate() {
  const t = useT();
  const { staff, me } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-9">
        <BackLink href="/jobcentre/candidates">{t("candidates.back")}</BackLink>
        <h1>{t("candidates.new")}</h1>
        <CandidateForm state={state} staff={staff} defaultResponsible={me} submitLabel={t("candidates.create")} />
      </div>
    </div>
  );
}
