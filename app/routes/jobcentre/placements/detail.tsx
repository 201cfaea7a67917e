import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { pageMeta } from "~/components/page-meta";
import { ErrorSummary, SubmitButton, TextArea } from "~/components/form";
import { PlacementDetails } from "~/components/placement-details";
import { PlacementFollowUps } from "~/components/placement-follow-ups";
import { PlacementFlags } from "~/components/placement-flags";
import { PlacementProgress } from "~/components/placement-progress";
import { addConsultantNote } from "~/domain/placements/note-commands.server";
import { commentInput } from "~/domain/placements/comment-schema";
import { readFormData } from "~/http/body-limit.server";
import { placementPage } from "~/domain/placements/queries.server";
import { PlacementEndingSection } from "~/components/placement-ending-section";
import { handleDomainError, invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { wageCostAction } from "~/http/placement-wage.server";
import { isWageState, PlacementWage } from "~/components/placement-wage";
import { idParam } from "~/http/params";
import { formatCalendarDate, formatDateTime } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.placement");

/** The jobcentre's view: the agreement, plus the target group and the duration rule behind it. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const id = idParam(args.params, "placementId");
  return orHttpError(() => placementPage(ctx, id));
}

/** The consultant's own conversation note (never shown to the company), or a løntilskud's monthly wage cost. */
export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const placementId = idParam(args.params, "placementId");
  const formData = await readFormData(args.request);
  if (formData.get("intent") === "wageCost") return wageCostAction(ctx, placementId, formData, "/jobcentre/placements");
  const parsed = parseForm(commentInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    addConsultantNote(ctx, { placementId, text: parsed.data.text! });
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return redirect(`/jobcentre/placements/${placementId}?done=note#notes`);
}

export default function JobcentrePlacement() {
  const t = useT();
  const locale = useLocale();
  const p = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const state = useActionData<typeof action>();
  const wageState = isWageState(state) ? state : null;
  const noteState = wageState ? null : state;
  const j = p.jobcentre;
  return (
    <div className="stack">
      <p>
        <a href="/jobcentre/placements" className="back-link">
          {t("placements.back")}
        </a>
      </p>
      <h1>{t("placement.title", { alias: p.profile.alias, title: p.slotTitle })}</h1>
      <p>{p.companyName}</p>
      {params.get("done") === "started" ? <Alert kind="success" heading={t("placement.done.started")} /> : null}
      <PlacementFlags flags={p.flags} />
      <PlacementDetails p={p} />
      <PlacementWage p={p} state={wageState} done={params.get("done") === "wageCost"} />
      <PlacementProgress progress={p.progress} />
      <PlacementFollowUps base={`/jobcentre/placements/${p.id}`} followUps={p.followUps} adjustments={p.adjustments} csvHref={`/jobcentre/placements/${p.id}/follow-ups.csv`} />
      <PlacementEndingSection view={p.ending} side="jobcentre" done={params.get("done")} />
      {j ? (
        <section>
          <h2>{t("placement.ruleHeading")}</h2>
          <dl className="summary-list">
            <dt>{t("field.targetGroup")}</dt>
            <dd>{t(`targetGroup.${j.targetGroup}`)}</dd>
            {j.assessmentOn ? (
              <>
                <dt>{t("placement.assessmentOn")}</dt>
                <dd>{formatCalendarDate(locale, j.assessmentOn)}</dd>
              </>
            ) : null}
            <dt>{t("placement.longest")}</dt>
            <dd>
              {j.limit
                ? `${j.limit.months !== null ? t("placement.limitMonths", { count: j.limit.months }) : t("placement.limitWeeks", { count: j.limit.weeks ?? 0 })} ${t("placement.rule", { reason: t(`durationReason.${j.limit.reason}`), source: j.limit.source, from: formatCalendarDate(locale, j.limit.appliesFrom) })}`
                : t("placement.noLimit")}
            </dd>
          </dl>
        </section>
      ) : null}
      <section id="notes" className="stack">
        <h2>{t("notes.heading")}</h2>
        <p className="form-hint">{t("notes.lead")}</p>
        {params.get("done") === "note" ? <Alert kind="success" heading={t("notes.done")} /> : null}
        {(p.notes ?? []).length === 0 ? <p>{t("notes.none")}</p> : null}
        {(p.notes ?? []).map((n) => (
          <blockquote key={n.id}>
            <p>{n.text}</p>
            <footer className="form-hint">
              {n.by}, {formatDateTime(locale, n.createdAt)}
            </footer>
          </blockquote>
        ))}
        <ErrorSummary state={noteState} labels={{ text: t("notes.text") }} />
        <Form method="post" noValidate>
          <TextArea name="text" label={t("notes.text")} rows={3} state={noteState} />
          <SubmitButton secondary>{t("notes.add")}</SubmitButton>
        </Form>
      </section>
      <p>
        <a href={`/jobcentre/proposals/${p.proposalId}`}>{t("placement.toProposal")}</a>
      </p>
    </div>
  );
}
