import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { SlotForm } from "~/components/slot-form";
import { createSlot } from "~/domain/slots/commands.server";
import { companyWorkplaceMeter } from "~/domain/slots/queries.server";
import { assertCompanyMay } from "~/domain/companies/policy.server";
import { invalidForm, orHttpError } from "~/http/forms.server";
import { handleSlotError, parseSlotForm } from "~/http/slot-form.server";
import { slotFormOptions } from "~/http/slot-options.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.newSlot");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  // As for tasks: only where createSlot would accept the draft (a rejected company reads).
  orHttpError(() => assertCompanyMay(ctx.db, ctx.actor.companyId!, "prepare"));
  const options = slotFormOptions(ctx);
  const only = options.workplaces.length === 1 ? options.workplaces[0] : undefined;
  return { ...options, meter: only ? companyWorkplaceMeter(ctx, { workplaceId: only.id, slot: { kind: "praktik", seats: 1, weeklyHours: 0 } }) : null };
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const formData = await readFormData(args.request);
  const parsed = parseSlotForm(formData, ctx.now);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    const id = createSlot(ctx, parsed.slot);
    return redirect(`/company/slots/${id}?saved=1&created=1`);
  } catch (error) {
    return handleSlotError(error, formData);
  }
}

export default function NewSlot() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-9">
        <h1>{t("slots.new")}</h1>
        <p className="font-lead">{t("slots.newLead")}</p>
        <SlotForm {...data} state={state} cancelHref="/company/slots" submitLabel={t("slots.saveDraft")} />
      </div>
    </div>
  );
}
