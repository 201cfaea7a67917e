import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { slotFormView } from "~/domain/slots/views";
import { requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { SlotForm } from "~/components/slot-form";
import { updateSlot } from "~/domain/slots/commands.server";
import { needsRepresentative } from "~/domain/slots/representative-need";
import { getSlot, slotTaskIds } from "~/domain/slots/queries.server";
import { isEditable } from "~/domain/slots/status";
import { invalidForm, orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { handleSlotError, parseSlotForm } from "~/http/slot-form.server";
import { slotFormOptions } from "~/http/slot-options.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.editSlot");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const slotId = idParam(args.params, "slotId");
  const slot = orHttpError(() => getSlot(ctx, slotId));
  // A representative who has been asked, or has answered, must confirm again after a change of conditions.
  const repWillReset = needsRepresentative(slot.workplace.ordinaryFte) && slot.repStatus !== "none" && isEditable(slot.status);
  return { slot: slotFormView(slot, slotTaskIds(ctx, slotId)), ...slotFormOptions(ctx), meter: slot.meter, repWillReset };
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const slotId = idParam(args.params, "slotId");
  const formData = await readFormData(args.request);
  const parsed = parseSlotForm(formData, ctx.now);
  if (!parsed.ok) return invalidForm(parsed);
  const version = z.coerce.number().int().min(1).catch(0).parse(formData.get("version"));
  try {
    const { outcome, repReset } = updateSlot(ctx, { ...parsed.slot, slotId, version });
    return redirect(`/company/slots/${slotId}?${outcome}=1${repReset ? "&repReset=1" : ""}`);
  } catch (error) {
    return handleSlotError(error, formData);
  }
}

export default function EditSlot() {
  const t = useT();
  const { slot, workplaces, tasks, mentors, meter, repWillReset } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const copied = !state && params.get("copied");
  const editable = isEditable(slot.status);
  return (
    <div className="row">
      <div className="col-12 col-lg-9">
        <h1>{t("slots.editTitle", { title: slot.title })}</h1>
        {copied ? <Alert kind="success" heading={t("slots.copied")} /> : null}
        {slot.status === "open" ? <Alert kind="warning" heading={t("slots.openEditWarning")} /> : null}
        {editable ? (
          <SlotForm
            slot={slot}
            workplaces={workplaces}
            tasks={tasks}
            mentors={mentors}
            meter={meter}
            state={state}
            cancelHref={`/company/slots/${slot.id}`}
            submitLabel={t("form.save")}
            saveNotice={repWillReset ? t("slots.repWillReset", { name: slot.repName ?? "" }) : undefined}
          />
        ) : (
          <Alert kind="info" heading={t("error.slot.notEditable")} />
        )}
      </div>
    </div>
  );
}
