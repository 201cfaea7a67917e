import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form";
import { JobcentreContactCard } from "~/components/jobcentre-contact-card";
import { pageMeta } from "~/components/page-meta";
import { updateContactCard } from "~/domain/jobcentres/commands.server";
import { contactCardFor } from "~/domain/jobcentres/queries.server";
import { contactCardInput } from "~/domain/jobcentres/schema";
import { formatDanishPhone } from "~/domain/shared/phone-format";
import { readFormData } from "~/http/body-limit.server";
import { handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.contactCard");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["jobcentre_admin"]);
  return { card: contactCardFor(ctx) };
}

const input = contactCardInput.extend({ version: z.coerce.number().int().min(1) });

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["jobcentre_admin"]);
  const formData = await readFormData(args.request);
  const parsed = parseForm(input, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    updateContactCard(ctx, parsed.data);
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return redirect("/jobcentre/contact?saved=1");
}

export default function JobcentreContact() {
  const t = useT();
  const { card } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const labels = {
    contactName: t("contactCard.person"),
    contactPhone: t("field.phone"),
    contactEmail: t("field.email"),
    address: t("field.address"),
    postcode: t("field.postcode"),
    city: t("field.city"),
  };
  return (
    <div className="row">
      <div className="col-12 col-lg-8 stack">
        <h1>{t("contactCard.title")}</h1>
        <p className="font-lead">{t("contactCard.lead")}</p>
        {params.get("saved") ? <Alert kind="success" heading={t("form.saved")} /> : null}
        <ErrorSummary state={state} labels={labels} />
        {/* Keyed by version: after a save the fields show the card as stored (normalised), not what was typed. */}
        <Form method="post" noValidate key={card.version}>
          <input type="hidden" name="version" value={card.version} />
          <TextField name="contactName" label={labels.contactName} hint={t("contactCard.personHint")} state={state} defaultValue={card.contactName} />
          <TextField name="contactPhone" type="tel" label={labels.contactPhone} hint={t("hint.phone")} autoComplete="off" className="input-width-s" state={state} defaultValue={card.contactPhone ? formatDanishPhone(card.contactPhone) : null} />
          <TextField name="contactEmail" type="email" label={labels.contactEmail} autoComplete="off" state={state} defaultValue={card.contactEmail} />
          <TextField name="address" label={labels.address} state={state} defaultValue={card.address} />
          <TextField name="postcode" label={labels.postcode} inputMode="numeric" className="input-width-xs" state={state} defaultValue={card.postcode} />
          <TextField name="city" label={labels.city} state={state} defaultValue={card.city} />
          <div className="button-row">
            <SubmitButton>{t("form.save")}</SubmitButton>
          </div>
        </Form>
        <h2 className="h3">{t("contactCard.preview")}</h2>
        <JobcentreContactCard card={card} headingLevel={3} />
      </div>
    </div>
  );
}
