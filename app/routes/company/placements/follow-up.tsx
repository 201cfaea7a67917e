import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { FollowUpAnswers } from "~/components/follow-up-answers";
import { ChoiceGroup, ErrorSummary, TextArea, TextField } from "~/components/form";
import { pageMeta } from "~/components/page-meta";
import { followUpView } from "~/domain/placements/follow-up-queries.server";
import { GOAL_PROGRESS, TASK_PROGRESS, WELL_BEING } from "~/domain/placements/vocabulary";
import { WEEKDAYS } from "~/domain/slots/vocabulary";
import { saveFollowUpAction } from "~/http/follow-up-action.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { formatCalendarDate, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.followUp");

const ids = (params: Record<string, string | undefined>) => ({ placementId: idParam(params, "placementId"), followUpId: idParam(params, "followUpId") });

/** The placement's mentor, or HR. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  const { placementId, followUpId } = ids(args.params);
  return orHttpError(() => followUpView(ctx, placementId, followUpId));
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  const { placementId, followUpId } = ids(args.params);
  const result = await saveFollowUpAction(args, ctx, { placementId, followUpId });
  if (!("done" in result)) return result;
  if (result.done === "submit") return redirect(`/company/placements/${placementId}?done=followUp`);
  return redirect(`/company/placements/${placementId}/follow-ups/${followUpId}?done=draft`);
}

const decimal = (v: number | null) => (v === null ? "" : String(v).replace(".", ","));

/**
 * The follow-up, quick on a phone on the shop floor: a plain form (no JavaScript needed), the
 * answers kept as a draft when the mentor is called away, sent when done.
 */
export default function CompanyFollowUp() {
  const t = useT();
  const locale = useLocale();
  const v = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const f = v.followUp;
  const a = f.answers;
  const labels: Record<string, string> = {
    daysPresent: t("followUp.daysPresent"),
    daysPlanned: t("followUp.daysPlanned"),
    hoursWorked: t("followUp.hoursWorked"),
    wellBeing: t("followUp.wellBeing"),
    wentWell: t("followUp.wentWell"),
    concerns: t("followUp.concerns"),
    suggestedHours: t("followUp.suggestedHours"),
    suggestedDays: t("followUp.suggestedDays"),
    suggestionText: t("followUp.suggestionText"),
    ...Object.fromEntries(v.tasks.map((task) => [`task_${task.id}`, task.title])),
    ...Object.fromEntries(v.goals.map((g) => [`goal_${g.id}`, g.text])),
  };
  return (
    <div className="stack narrow-form">
      <p>
        <a href={`/company/placements/${v.placementId}`} className="back-link">
          {t("followUp.back")}
        </a>
      </p>
      <h1>{t("followUp.title", { week: f.week, alias: v.alias })}</h1>
      <p>
        {v.slotTitle} · {t("followUp.due", { date: formatCalendarDate(locale, f.dueDate) })}
      </p>
      {params.get("done") === "draft" ? <Alert kind="success" heading={t("followUp.done.draft")} /> : null}
      {f.status === "submitted" ? (
        <FollowUpAnswers a={a} tasks={v.tasks} goals={v.goals} submittedAt={f.submittedAt} />
      ) : !v.placementActive ? (
        <Alert kind="info" heading={t("error.followUp.placementEnded")} />
      ) : !f.open ? (
        <Alert kind="info" heading={t("followUp.notYet", { date: formatCalendarDate(locale, f.dueDate) })} />
      ) : (
        <>
          <p className="form-hint">{t("followUp.lead", { hours: formatNumber(locale, v.terms.hours) })}</p>
          <ErrorSummary state={state} labels={labels} />
          <Form method="post" noValidate>
            <input type="hidden" name="version" value={f.version} />
            <div className="hours-plan">
              <TextField name="daysPresent" label={labels.daysPresent!} inputMode="numeric" className="input-width-xs" state={state} defaultValue={a.daysPresent} />
              <TextField name="daysPlanned" label={labels.daysPlanned!} inputMode="numeric" className="input-width-xs" state={state} defaultValue={a.daysPlanned} />
            </div>
            <TextField name="hoursWorked" label={labels.hoursWorked!} inputMode="decimal" className="input-width-xs" state={state} defaultValue={decimal(a.hoursWorked)} />
            <ChoiceGroup name="wellBeing" type="radio" legend={labels.wellBeing!} hint={t("followUp.wellBeingHint")} options={WELL_BEING.map((n) => ({ value: String(n), label: t(`wellBeing.${n}`) }))} state={state} checked={a.wellBeing !== null ? [String(a.wellBeing)] : []} />
            {v.tasks.length ? <h2 className="h3">{t("followUp.tasksHeading")}</h2> : null}
            {v.tasks.map((task) => (
              <ChoiceGroup key={task.id} name={`task_${task.id}`} type="radio" legend={task.title} options={TASK_PROGRESS.map((p) => ({ value: p, label: t(`taskProgress.${p}`) }))} state={state} checked={a.taskProgress[String(task.id)] ? [a.taskProgress[String(task.id)]!] : []} />
            ))}
            <h2 className="h3">{t("followUp.goalsHeading")}</h2>
            {v.goals.map((g) => (
              <ChoiceGroup key={g.id} name={`goal_${g.id}`} type="radio" legend={g.text} options={GOAL_PROGRESS.map((p) => ({ value: p, label: t(`goalProgress.${p}`) }))} state={state} checked={a.goalProgress[String(g.id)] ? [a.goalProgress[String(g.id)]!] : []} />
            ))}
            <TextArea name="wentWell" label={labels.wentWell!} rows={3} state={state} defaultValue={a.wentWell} />
            <TextArea name="concerns" label={labels.concerns!} hint={t("followUp.sensitiveHint")} rows={3} state={state} defaultValue={a.concerns} />
            <fieldset className="fieldset-block">
              <legend className="h3">{t("followUp.suggestionHeading")}</legend>
              <p className="form-hint">{t("followUp.suggestionLead")}</p>
              <TextField name="suggestedHours" label={labels.suggestedHours!} inputMode="decimal" className="input-width-xs" state={state} defaultValue={decimal(a.suggestedHours)} />
              <ChoiceGroup name="suggestedDays" type="checkbox" inline legend={labels.suggestedDays!} options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))} state={state} checked={a.suggestedDays ?? []} />
              <TextArea name="suggestionText" label={labels.suggestionText!} rows={2} state={state} defaultValue={a.suggestionText} />
            </fieldset>
            <div className="button-row">
              <button type="submit" name="intent" value="submit" className="button button-primary">
                {t("followUp.submit")}
              </button>
              <button type="submit" name="intent" value="draft" className="button button-secondary">
                {t("followUp.saveDraft")}
              </button>
            </div>
          </Form>
        </>
      )}
      {v.comments.length ? (
        <section>
          <h2>{t("followUp.comments")}</h2>
          {v.comments.map((c) => (
            <blockquote key={c.id}>
              <p>{c.text}</p>
              <footer className="form-hint">{c.by}</footer>
            </blockquote>
          ))}
        </section>
      ) : null}
      {v.adjustment ? <p>{t(`adjustmentStatus.${v.adjustment.status}`)}</p> : null}
    </div>
  );
}
