import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { ErrorSummary, SubmitButton } from "~/components/form";
import { WorkplaceFields } from "~/components/workplace-fields";
import { closeWorkplace, updateWorkplace } from "~/domain/companies/commands.server";
import { getWorkplace } from "~/domain/companies/queries.server";
import { companyWorkplaceMeter } from "~/domain/slots/queries.server";
import { ReasonablenessMeter } from "~/components/meter";
import { workplaceInput } from "~/domain/companies/schema";
import { handleDomainError, invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.workplace");


export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const workplace = orHttpError(() => getWorkplace(ctx, idParam(args.params, "workplaceId")));
  return { workplace, meter: companyWorkplaceMeter(ctx, { workplaceId: workplace.id, slot: null }) };
}

const updateInput = workplaceInput.extend({ version: z.coerce.number().int().min(1) });

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const id = idParam(args.params, "workplaceId");
  const formData = await readFormData(args.request);
  try {
    if (formData.get("intent") === "close") {
      closeWorkplace(ctx, { workplaceId: id });
      return redirect("/company/workplaces?saved=1");
    }
    const parsed = parseForm(updateInput, formData);
    if (!parsed.ok) return invalidForm(parsed);
    updateWorkplace(ctx, { ...parsed.data, workplaceId: id });
    return redirect("/company/workplaces?saved=1");
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function EditWorkplace() {
  const t = useT();
  const { workplace, meter } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  if (workplace.closedAt) {
    return (
      <div className="row">
        <div className="col-12 col-lg-8">
          <h1>{workplace.name}</h1>
          <Alert kind="info" heading={t("workplace.closedInfo")} />
        </div>
      </div>
    );
  }
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>{workplace.name}</h1>
        <ReasonablenessMeter meter={meter} withSlot={false} />
        <ErrorSummary state={state} />
        <Form method="post" noValidate>
          <input type="hidden" name="version" value={workplace.version} />
          <WorkplaceFields state={state} current={workplace} />
          <div className="button-row">
            <SubmitButton>{t("form.save")}</SubmitButton>
            <a href="/company/workplaces" className="function-link">
              {t("form.cancel")}
            </a>
          </div>
        </Form>
        <h2>{t("workplace.closeHeading")}</h2>
        <p>{t("workplace.closeLead")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="close" />
          <button type="submit" className="button button-secondary">
            {t("workplace.close")}
          </button>
        </Form>
      </div>
    </div>
  );
}
