import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { jobcentreSlotView } from "~/domain/slots/views";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { ErrorSummary, TextArea } from "~/components/form";
import { ReasonablenessMeter } from "~/components/meter";
import { SlotDetails } from "~/components/slot-details";
import { SlotHistory } from "~/components/slot-history";
import { transitionSlot } from "~/domain/slots/commands.server";
import { needsRepresentative } from "~/domain/slots/representative-need";
import { getSlot } from "~/domain/slots/queries.server";
import { mentorProfileOf } from "~/domain/proposals/queries.server";
import { MentorDescription } from "~/components/mentor-description";
import { slotPolicy } from "~/domain/slots/policy";
import { invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { handleSlotError } from "~/http/slot-form.server";
import { isKeyOf } from "~/i18n/keys";
import { REVIEW_DONE } from "~/i18n/slots/keys";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";
import { BackLink } from "~/components/back-link";
import { CompanyContacts } from "~/components/company-contacts";
import { listCompanyContacts } from "~/domain/companies/queries.server";
import { backPath, withBack } from "~/http/back.server";
import { backLabelKey } from "~/http/navigation";

export const meta = pageMeta("title.slot");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const slot = orHttpError(() => getSlot(ctx, idParam(args.params, "slotId")));
  const reviewable = slotPolicy(ctx.actor, { ...slot, needsRepresentative: needsRepresentative(slot.workplace.ordinaryFte) }).canReview;
  const back = backPath(args.request, reviewable ? "/jobcentre/review" : "/jobcentre/board");
  const here = withBack(`/jobcentre/slots/${slot.id}`, back.fromUser ? back.href : null);
  return {
    slot: jobcentreSlotView(slot),
    // How the mentor describes themself, for the consultant weighing the social match (issue 11).
    mentorProfile: mentorProfileOf(ctx, slot.mentorUserId),
    reviewable,
    // The HR people to call about the slot (issue 9.12): name, phone and e-mail.
    contacts: listCompanyContacts(ctx, slot.companyId),
    back: { href: back.href, labelKey: backLabelKey(back.href) },
    companyHref: withBack(`/jobcentre/companies/${slot.companyId}`, here),
    // The decision forms post here, so the page after a decision keeps its back link.
    here,
  };
}

const decisionInput = z.object({
  command: z.enum(["approve", "requestChanges", "reject"]),
  version: z.coerce.number().int().min(1),
  // The comment's rule (required to ask for changes or reject) is the command's.
  comment: z.string().optional(),
});

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const slotId = idParam(args.params, "slotId");
  const formData = await readFormData(args.request);
  const parsed = parseForm(decisionInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    transitionSlot(ctx, { slotId, ...parsed.data });
  } catch (error) {
    // The consultant cannot change seats here: the meter's refusal is about the whole slot.
    return handleSlotError(error, formData, "_form");
  }
  return redirect(withBack(`/jobcentre/slots/${slotId}?done=${parsed.data.command}`, new URL(args.request.url).searchParams.get("back")));
}

export default function JobcentreSlot() {
  const t = useT();
  const { slot, reviewable, mentorProfile, contacts, back, companyHref, here } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("done");
  const doneKey = isKeyOf(REVIEW_DONE, done) ? REVIEW_DONE[done] : undefined;
  return (
    <div className="stack">
      <BackLink href={back.href}>{t(back.labelKey)}</BackLink>
      <h1>{slot.title}</h1>
      <p>
        <a href={companyHref}>{slot.companyName}</a> · {t(`industry.${slot.industry}`)} · {t(`slotStatus.${slot.status}`)}
      </p>
      {doneKey ? <Alert kind="success" heading={t(doneKey)} /> : null}
      {slot.status === "open" ? (
        <p>
          <a href={`/jobcentre/slots/${slot.id}/candidates`} className="button button-primary">
            {t("ranking.findCandidates")}
          </a>
        </p>
      ) : null}
      {slot.meter ? <ReasonablenessMeter meter={slot.meter} /> : null}
      <p>{t(`repStatus.${slot.repStatus}`, { name: slot.repName ?? "" })}</p>
      <SlotDetails slot={slot} showCompany />
      <MentorDescription name={slot.mentorFirstName} profile={mentorProfile} />
      <section>
        <h2>{t("companyPage.contactsOnSlot")}</h2>
        <p>{t("slotPage.mentorIs", { name: slot.mentorFirstName })}</p>
        <CompanyContacts contacts={contacts} />
      </section>
      {reviewable ? (
        <section>
          <h2>{t("review.decide")}</h2>
          <ErrorSummary state={state} />
          <Form method="post" action={here}>
            <input type="hidden" name="command" value="approve" />
            <input type="hidden" name="version" value={slot.version} />
            <button type="submit" className="button button-primary">
              {t("review.approve")}
            </button>
          </Form>
          <Form method="post" action={here} noValidate className="mt-6">
            <input type="hidden" name="version" value={slot.version} />
            <TextArea name="comment" label={t("field.reviewComment")} hint={t("hint.reviewComment")} rows={3} state={state} />
            <div className="button-row">
              <button type="submit" name="command" value="requestChanges" className="button button-secondary">
                {t("review.requestChanges")}
              </button>
              <button type="submit" name="command" value="reject" className="button button-secondary">
                {t("review.reject")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
      <SlotHistory events={slot.history} />
    </div>
  );
}
