import { anonContext } from "~/auth/guards.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { optionalText } from "~/domain/shared/fields";
import { Alert } from "~/components/alerts";
import { ErrorSummary, TextArea } from "~/components/form";
import { ReasonablenessMeter } from "~/components/meter";
import { SlotDetails } from "~/components/slot-details";
import { respondAsRepresentative, slotForRepresentative } from "~/domain/slots/representative.server";
import { representativeSlotView } from "~/domain/slots/views";
import { handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.representative");

/**
 * No account needed: the single-use link is the key. It shows the slot in full, for its own
 * slot only, and refuses a used, replaced or expired link.
 */
export function loader({ params, request, context }: LoaderFunctionArgs) {
  const slotId = idParam(params, "slotId");
  const { db, now } = anonContext({ request, context });
  const slot = slotForRepresentative(db, slotId, params.token ?? "", now);
  return { slot: slot ? representativeSlotView(slot) : null };
}

const responseInput = z.object({
  decision: z.enum(["confirmed", "declined"], { errorMap: () => ({ message: "error.rep.decision" }) }),
  comment: optionalText(2000),
});

export async function action({ request, params, context }: ActionFunctionArgs) {
  const slotId = idParam(params, "slotId");
  const formData = await readFormData(request);
  const parsed = parseForm(responseInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    respondAsRepresentative(anonContext({ request, context }), { slotId, token: params.token ?? "", ...parsed.data });
    return { ok: true as const, decision: parsed.data.decision };
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function Representative() {
  const t = useT();
  const { slot } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  if (state?.ok) {
    return (
      <div className="row">
        <div className="col-12 col-lg-8">
          <h1>{t("rep.pageTitle")}</h1>
          <Alert kind="success" heading={t(state.decision === "confirmed" ? "rep.thanksConfirmed" : "rep.thanksDeclined")} />
        </div>
      </div>
    );
  }
  if (!slot) {
    return (
      <div className="row">
        <div className="col-12 col-lg-8">
          <h1>{t("rep.pageTitle")}</h1>
          <Alert kind="warning" heading={t("error.rep.invalidLink")}>
            <p>{t("rep.askAgain")}</p>
          </Alert>
        </div>
      </div>
    );
  }
  return (
    <div className="row">
      <div className="col-12 col-lg-9">
        <h1>{t("rep.pageTitle")}</h1>
        <p className="font-lead">{t("rep.pageLead", { company: slot.companyName, name: slot.repName ?? "" })}</p>
        <h2>{slot.title}</h2>
        <SlotDetails slot={slot} showCompany />
        {slot.meter ? <ReasonablenessMeter meter={slot.meter} /> : null}
        <h2>{t("rep.questionHeading")}</h2>
        <p>{t("rep.question")}</p>
        <ErrorSummary state={state && !state.ok ? state : null} />
        <Form method="post" noValidate>
          <TextArea name="comment" label={t("field.repComment")} hint={t("hint.repComment")} rows={3} state={state && !state.ok ? state : null} />
          <div className="button-row">
            <button type="submit" name="decision" value="confirmed" className="button button-primary">
              {t("rep.confirm")}
            </button>
            <button type="submit" name="decision" value="declined" className="button button-secondary">
              {t("rep.decline")}
            </button>
          </div>
        </Form>
      </div>
    </div>
  );
}
