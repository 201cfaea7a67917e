import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { FollowUpAnswers } from "~/components/follow-up-answers";
import { ChoiceGroup, ErrorSummary, SubmitButton, TextArea, TextField } from "~/components/form";
import { pageMeta } from "~/components/page-meta";
import { followUpView } from "~/domain/placements/follow-up-queries.server";
import { WEEKDAYS } from "~/domain/slots/vocabulary";
import { consultantFollowUpAction } from "~/http/follow-up-action.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { formatCalendarDate, formatList, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.followUp");

const ids = (params: Record<string, string | undefined>) => ({ placementId: idParam(params, "placementId"), followUpId: idParam(params, "followUpId") });

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const { placementId, followUpId } = ids(args.params);
  return orHttpError(() => followUpView(ctx, placementId, followUpId));
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const { placementId, followUpId } = ids(args.params);
  const result = await consultantFollowUpAction(args, ctx, { placementId, followUpId });
  if (!("done" in result)) return result;
  return redirect(`/jobcentre/placements/${placementId}/follow-ups/${followUpId}?done=${result.done}`);
}

const DONE = { comment: "followUp.done.comment", approve: "followUp.done.approve", decline: "followUp.done.decline" } as const;

/** The consultant reads the follow-up, comments, and approves or declines a suggested adjustment. */
export default function JobcentreFollowUp() {
  const t = useT();
  const locale = useLocale();
  const v = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("done");
  const f = v.followUp;
  const adj = v.adjustment;
  const labels: Record<string, string> = { text: t("followUp.comment"), fromDate: t("adjustment.fromDate"), hours: t("adjustment.hours"), days: t("adjustment.days"), taskIds: t("adjustment.tasks"), reason: t("adjustment.reason") };
  return (
    <div className="stack">
      <p>
        <a href={`/jobcentre/placements/${v.placementId}`} className="back-link">
          {t("followUp.back")}
        </a>
      </p>
      <h1>{t("followUp.title", { week: f.week, alias: v.alias })}</h1>
      <p>
        {v.slotTitle} · {t("followUp.due", { date: formatCalendarDate(locale, f.dueDate) })}
      </p>
      {done === "comment" || done === "approve" || done === "decline" ? <Alert kind="success" heading={t(DONE[done])} /> : null}
      <ErrorSummary state={state} labels={labels} />
      {f.status !== "submitted" ? (
        <p>{t("followUp.notSubmitted")}</p>
      ) : (
        <>
          <FollowUpAnswers a={f.answers} tasks={v.tasks} goals={v.goals} submittedAt={f.submittedAt} />
          {adj ? (
            <section className="stack">
              <h2>{t("adjustment.heading")}</h2>
              <ul>
                {adj.hours !== null ? <li>{t("adjustment.suggestsHours", { hours: formatNumber(locale, adj.hours), now: formatNumber(locale, v.terms.hours) })}</li> : null}
                {adj.days ? <li>{t("adjustment.suggestsDays", { days: formatList(locale, adj.days.map((d) => t(`weekdayInText.${d}`))) })}</li> : null}
                {adj.suggestionText ? <li>{adj.suggestionText}</li> : null}
              </ul>
              <p>
                <strong>{t(`adjustmentStatus.${adj.status}`)}</strong>
                {adj.status === "approved" && adj.fromDate ? ` – ${t("adjustment.from", { date: formatCalendarDate(locale, adj.fromDate) })}` : ""}
                {adj.status === "declined" && adj.reason ? ` – ${adj.reason}` : ""}
              </p>
              {adj.status === "proposed" && v.placementActive ? (
                <>
                  <Form method="post" noValidate className="stack">
                    <input type="hidden" name="adjustmentId" value={adj.id} />
                    <TextField name="fromDate" type="date" label={labels.fromDate!} className="input-width-s" state={state} defaultValue={v.today} />
                    <TextField name="hours" label={labels.hours!} inputMode="decimal" className="input-width-xs" state={state} defaultValue={String(adj.hours ?? v.terms.hours).replace(".", ",")} />
                    <ChoiceGroup name="days" type="checkbox" inline legend={labels.days!} options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))} state={state} checked={adj.days ?? v.terms.days} />
                    <ChoiceGroup name="taskIds" type="checkbox" legend={labels.taskIds!} options={v.companyTasks.map((task) => ({ value: String(task.id), label: task.title }))} state={state} checked={v.terms.taskIds.map(String)} />
                    <div className="button-row">
                      <button type="submit" name="decision" value="approve" className="button button-primary">
                        {t("adjustment.approve")}
                      </button>
                    </div>
                  </Form>
                  <Form method="post" noValidate className="stack">
                    <input type="hidden" name="adjustmentId" value={adj.id} />
                    <TextArea name="reason" label={labels.reason!} rows={2} state={state} />
                    <div className="button-row">
                      <button type="submit" name="decision" value="decline" className="button button-secondary">
                        {t("adjustment.decline")}
                      </button>
                    </div>
                  </Form>
                </>
              ) : null}
            </section>
          ) : null}
          <section className="stack">
            <h2>{t("followUp.comments")}</h2>
            {v.comments.map((c) => (
              <blockquote key={c.id}>
                <p>{c.text}</p>
                <footer className="form-hint">{c.by}</footer>
              </blockquote>
            ))}
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="comment" />
              <TextArea name="text" label={labels.text!} hint={t("followUp.commentHint")} rows={3} state={state} />
              <SubmitButton secondary>{t("followUp.addComment")}</SubmitButton>
            </Form>
          </section>
        </>
      )}
    </div>
  );
}
