import { readFormData } from "~/http/body-limit.server";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { CandidateForm } from "~/components/candidate-form";
import { pageMeta } from "~/components/page-meta";
import { updateCandidate } from "~/domain/candidates/commands.server";
import { jobcentreStaff } from "~/domain/candidates/candidate-list.server";
import { getCandidate } from "~/domain/candidates/queries.server";
import { candidateInput, shapeCandidateForm } from "~/domain/candidates/schema";
import { handleDomainError, invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { useT } from "~/i18n/use-t";
import { BackLink } from "~/components/back-link";

export const meta = pageMeta("title.candidateEdit");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  // Opening the form shows the whole profile, so it is a view like any other.
  const { candidate } = orHttpError(() => getCandidate(ctx, idParam(args.params, "candidateId")));
  const { jobcentreId: _j, createdAt: _c, updatedAt: _u, responsibleName: _r, ...values } = candidate;
  return { values, staff: jobcentreStaff(ctx), me: ctx.actor.userId };
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const candidateId = idParam(args.params, "candidateId");
  const formData = await readFormData(args.request);
  const parsed = parseForm(candidateInput.and(z.object({ version: z.coerce.number().int().min(1) })), formData, shapeCandidateForm);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    updateCandidate(ctx, { ...parsed.data, candidateId });
    return redirect(`/jobcentre/candidates/${candidateId}?done=updated`);
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function EditCandidate() {
  const t = useT();
  const { values, staff, me } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-9">
        <BackLink href={`/jobcentre/candidates/${values.id}`}>{t("candidates.backToProfile")}</BackLink>
        <h1>{t("candidates.edit", { alias: values.alias })}</h1>
        <CandidateForm state={state} values={values} staff={staff} defaultResponsible={me} submitLabel={t("form.save")} />
      </div>
    </div>
  );
}
