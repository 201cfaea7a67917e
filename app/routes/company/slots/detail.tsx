import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { companySlotView } from "~/domain/slots/views";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form";
import { ReasonablenessMeter } from "~/components/meter";
import { SlotDetails } from "~/components/slot-details";
import { SlotHistory } from "~/components/slot-history";
import { transitionSlot } from "~/domain/slots/commands.server";
import { needsRepresentative } from "~/domain/slots/representative-need";
import { nextActionKey, statusLabelKey, submitBlockers } from "~/domain/slots/next-action";
import { getSlot } from "~/domain/slots/queries.server";
import { requestRepresentative } from "~/domain/slots/representative.server";
import { representativeInput } from "~/domain/slots/schema";
import { companyMay } from "~/domain/companies/policy";
import { slotPolicy } from "~/domain/slots/policy";
import { canTransition } from "~/domain/slots/status";
import { copySlot, deleteDraftSlot, DELETABLE_STATUSES } from "~/domain/slots/draft-commands.server";
import { localeFromRequest } from "~/i18n/locale.server";
import { invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { handleCommandError } from "~/http/slot-form.server";
import { isKeyOf } from "~/i18n/keys";
import { SLOT_COMMAND_LABEL, SLOT_DONE } from "~/i18n/slots/keys";
import { translate, translateMessage } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { publicUrl } from "~/mail/mailer.server";
import { pageMeta } from "~/components/page-meta";
import { BackLink } from "~/components/back-link";

export const meta = pageMeta("title.slot");

const confirmParam = z.enum(["withdraw", "close", "delete"]).optional().catch(undefined);

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  const slot = orHttpError(() => getSlot(ctx, idParam(args.params, "slotId")));
  const needsRep = needsRepresentative(slot.workplace.ordinaryFte);
  const may = slotPolicy(ctx.actor, { ...slot, needsRepresentative: needsRep });
  const facts = {
    repStatus: slot.repStatus,
    needsRep,
    companyVerified: companyMay(ctx.actor.companyStatus, "submit"),
    fits: slot.meter?.fits ?? true,
    hasActiveTask: slot.tasks.some((task) => task.status === "active"),
  };
  // Only a step that can be taken now is offered; the rest is explained (submitBlockers).
  const blockers = may.canEdit && canTransition("submit", slot.status) ? submitBlockers(facts) : [];
  const commands = may.commands.filter(
    (c): c is keyof typeof SLOT_COMMAND_LABEL => isKeyOf(SLOT_COMMAND_LABEL, c) && (c !== "submit" || blockers.length === 0),
  );
  const confirm = confirmParam.parse(new URL(args.request.url).searchParams.get("confirm") ?? undefined);
  const canDelete = may.canEdit && (DELETABLE_STATUSES as readonly string[]).includes(slot.status);
  return {
    slot: companySlotView(slot, may.isHr ? "company_admin" : "mentor"),
    isHr: may.isHr,
    needsRep,
    next: nextActionKey(slot.status, facts),
    statusKey: statusLabelKey(slot.status, slot.repStatus),
    blockers,
    commands,
    confirm: confirm && ((commands as string[]).includes(confirm) || (confirm === "delete" && canDelete)) ? confirm : null,
    canDelete,
    canAskRep: may.canAskRepresentative,
    canEdit: may.canEdit,
  };
}

/** Commands that end a slot's life ask "are you sure?" first, on a page of their own (works without JS). */
const CONFIRMED_COMMANDS: readonly string[] = ["withdraw", "close", "delete"];

const commandInput = z.object({
  command: z.enum(["submit", "withdraw", "markFilled", "close"]),
  version: z.coerce.number().int().min(1),
});

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const slotId = idParam(args.params, "slotId");
  const formData = await readFormData(args.request);
  try {
    if (formData.get("intent") === "copy") {
      const id = copySlot(ctx, { slotId, title: translate(localeFromRequest(args.request), "slots.copyTitle", { title: String(formData.get("title") ?? "") }) });
      return redirect(`/company/slots/${id}/edit?copied=1`);
    }
    if (formData.get("command") === "delete") {
      const version = z.coerce.number().int().min(1).catch(0).parse(formData.get("version"));
      deleteDraftSlot(ctx, { slotId, version });
      return redirect("/company/slots?done=deleted");
    }
    if (formData.get("intent") === "representative") {
      const parsed = parseForm(representativeInput.extend({ version: z.coerce.number().int().min(1) }), formData);
      if (!parsed.ok) return invalidForm(parsed);
      requestRepresentative(ctx, {
        slotId,
        ...parsed.data,
        link: (id, token) => publicUrl(args.context, `/representative/${id}/${token}`),
      });
      return redirect(`/company/slots/${slotId}?done=representative`);
    }
    const parsed = parseForm(commandInput, formData);
    if (!parsed.ok) return invalidForm(parsed);
    transitionSlot(ctx, { slotId, ...parsed.data });
    return redirect(`/company/slots/${slotId}?done=${parsed.data.command}`);
  } catch (error) {
    return handleCommandError(error, formData, ["repName", "repEmail"]);
  }
}

export default function SlotDetail() {
  const t = useT();
  const locale = useLocale();
  const { slot, isHr, needsRep, next, statusKey, blockers, commands, confirm, canAskRep, canEdit, canDelete } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("done");
  const doneKey = isKeyOf(SLOT_DONE, done) ? SLOT_DONE[done] : undefined;
  const meter = state && "meter" in state && state.meter ? state.meter : slot.meter;
  const refusal = state && "refusal" in state ? state.refusal : null;
  const formState = state && "errors" in state ? state : null;
  const fixFirst = blockers[0] === "overCap" || blockers[0] === "noActiveTasks";
  const repIsNext = blockers[0] === "representative" && slot.repStatus !== "pending";
  return (
    <div className="stack">
      <BackLink href="/company/slots">{t("slots.backToList")}</BackLink>
      <h1>{slot.title}</h1>
      {!state && params.get("saved") ? <Alert kind="success" heading={t(params.get("created") ? "slots.created" : "slots.saved")} /> : null}
      {!state && params.get("repReset") ? <Alert kind="info" heading={t("slots.repReset")} /> : null}
      {!state && params.get("backToReview") ? <Alert kind="info" heading={t("slots.backToReview")} /> : null}
      {!state && params.get("backToRepresentative") ? <Alert kind="warning" heading={t("slots.backToRepresentative")} /> : null}
      {!state && doneKey ? <Alert kind="success" heading={t(doneKey)} /> : null}
      <ErrorSummary state={formState} />
      {refusal ? (
        <Alert kind="error" heading={t("slots.refused")}>
          <p>{translateMessage(locale, refusal)}</p>
        </Alert>
      ) : null}
      <dl className="summary-list">
        <dt>{t("field.status")}</dt>
        <dd>{t(statusKey)}</dd>
        {isHr ? (
          <>
            <dt>{t("slots.next")}</dt>
            <dd>{t(next)}</dd>
          </>
        ) : null}
      </dl>
      {blockers.length > 0 ? (
        <div className="next-step" id="blockers">
          <p>{t("slots.blockersLead")}</p>
          <ul>
            {blockers.map((b) => (
              <li key={b}>{t(`slots.blocker.${b}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {slot.reviewComment && (slot.status === "changes_requested" || slot.status === "rejected") ? (
        <Alert kind={slot.status === "rejected" ? "error" : "warning"} heading={t(slot.status === "rejected" ? "slots.rejectedBy" : "slots.changesRequestedBy")}>
          <p>{slot.reviewComment}</p>
        </Alert>
      ) : null}
      {confirm ? (
        <Alert kind="warning" heading={t(`slots.confirm.${confirm}`)}>
          <p>{t(`slots.confirmLead.${confirm}`)}</p>
          <div className="button-row">
            <Form method="post" className="inline-form">
              <input type="hidden" name="command" value={confirm} />
              <input type="hidden" name="version" value={slot.version} />
              <button type="submit" className="button button-primary">
                {t(`slots.confirmYes.${confirm}`)}
              </button>
            </Form>
            <a href={`/company/slots/${slot.id}`} className="function-link">
              {t("slots.confirmNo")}
            </a>
          </div>
        </Alert>
      ) : null}
      {isHr && meter ? <ReasonablenessMeter meter={meter} /> : null}
      {isHr ? (
        <section>
          <h2>{t("rep.heading")}</h2>
          {!needsRep ? (
            <p>{t("rep.notNeeded")}</p>
          ) : (
            <>
              <p>{t(`repStatus.${slot.repStatus}`, { name: slot.repName ?? "" })}</p>
              {slot.repComment ? <blockquote>{slot.repComment}</blockquote> : null}
              {canAskRep && !fixFirst && !confirm ? (
                <Form method="post" noValidate>
                  <input type="hidden" name="intent" value="representative" />
                  <input type="hidden" name="version" value={slot.version} />
                  <p>{t("rep.lead")}</p>
                  <TextField name="repName" label={t("field.repName")} state={formState} defaultValue={slot.repName} />
                  <TextField name="repEmail" type="email" label={t("field.repEmail")} state={formState} defaultValue={slot.repEmail} />
                  <div className="button-row">
                    <SubmitButton secondary={!repIsNext}>{slot.repStatus === "none" ? t("rep.send") : t("rep.resend")}</SubmitButton>
                  </div>
                </Form>
              ) : null}
              {!canAskRep && blockers.includes("companyNotVerified") && blockers.includes("representative") ? <p>{t("rep.afterVerification")}</p> : null}
            </>
          )}
        </section>
      ) : null}
      {isHr && !confirm ? (
        <div className="button-row">
          {commands.includes("submit") ? <CommandButton command="submit" version={slot.version} primary /> : null}
          {canEdit ? (
            <a href={`/company/slots/${slot.id}/edit`} className={`button ${fixFirst ? "button-primary" : "button-secondary"}`}>
              {fixFirst ? t("slots.fix") : t("slots.edit")}
            </a>
          ) : null}
          {commands
            .filter((c) => c !== "submit")
            .map((command) =>
              CONFIRMED_COMMANDS.includes(command) ? (
                <a key={command} href={`/company/slots/${slot.id}?confirm=${command}`} className="button button-secondary">
                  {t(SLOT_COMMAND_LABEL[command])}
                </a>
              ) : (
                <CommandButton key={command} command={command} version={slot.version} />
              ),
            )}
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="copy" />
            <input type="hidden" name="title" value={slot.title} />
            <button type="submit" className="button button-secondary">
              {t("slots.copy")}
            </button>
          </Form>
          {canDelete ? (
            <a href={`/company/slots/${slot.id}?confirm=delete`} className="button button-secondary">
              {t("slots.delete")}
            </a>
          ) : null}
        </div>
      ) : null}
      <SlotDetails slot={slot} />
      <SlotHistory events={slot.history} />
    </div>
  );
}

function CommandButton({ command, version, primary }: { command: keyof typeof SLOT_COMMAND_LABEL; version: number; primary?: boolean }) {
  const t = useT();
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="command" value={command} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className={`button ${primary ? "button-primary" : "button-secondary"}`}>
        {t(SLOT_COMMAND_LABEL[command])}
      </button>
    </Form>
  );
}
