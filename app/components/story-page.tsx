import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import type { storyForm } from "~/domain/placements/story-queries.server";
import { STORY_CONSENT_METHODS, STORY_SECTIONS } from "~/domain/placements/ending-vocabulary";
import { formatCalendarDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { Alert } from "./alerts";
import { ChoiceGroup, ErrorSummary, SubmitButton, TextArea, TextField, type FormState } from "./form";
import { StoryCard } from "./story-card";

type View = SerializeFrom<ReturnType<typeof storyForm>>;

/** The jobcentre writes up an ended placement (anonymised) and publishes a citizen story. Plain POST forms. */
export function StoryPage({ view, state, done }: { view: View; state?: FormState | null; done: string | null }) {
  const t = useT();
  const locale = useLocale();
  const kind = view.kind;
  const labels: Record<string, string> = { title: t("story.titleField"), consentOn: t("story.consentOn"), consentMethod: t("story.consentMethod") };
  if (kind) for (const s of STORY_SECTIONS[kind]) labels[s] = t(`storySection.${s}`);
  return (
    <div className="row">
      <div className="col-12 col-lg-8 stack">
        <p>
          <a href={`/jobcentre/placements/${view.id}`} className="back-link">
            {t("ending.back")}
          </a>
        </p>
        <h1>{t("story.pageTitle", { alias: view.alias, title: view.slotTitle })}</h1>
        <p>
          <a href="/jobcentre/stories">{t("stories.libraryLink")}</a>
        </p>
        {done === "written" ? <Alert kind="success" heading={t("story.done.written")} /> : null}
        {done === "published" ? <Alert kind="success" heading={t("story.done.published")} /> : null}
        {view.existing.map((s) => (
          <StoryCard key={s.id} story={s} headingLevel={2}>
            {s.consentOn ? <p className="form-hint">{t("story.consentRecorded", { date: formatCalendarDate(locale, s.consentOn) })}</p> : null}
            {s.kind === "citizen_story" && !s.publishedAt ? (
              <Form method="post">
                <input type="hidden" name="intent" value="publish" />
                <input type="hidden" name="storyId" value={s.id} />
                <SubmitButton secondary>{t("story.publish")}</SubmitButton>
              </Form>
            ) : null}
            {s.publishedAt ? <p>{t("story.isPublished")}</p> : null}
          </StoryCard>
        ))}
        {kind === null ? <p>{t("story.notYet")}</p> : null}
        {kind && view.mayWrite ? (
          <section className="stack" aria-labelledby="write-heading">
            <h2 id="write-heading">{t(`storyWrite.${kind}`)}</h2>
            <p>{t("story.anonymousLead")}</p>
            <ErrorSummary state={state} labels={labels} />
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="write" />
              <input type="hidden" name="kind" value={kind} />
              <TextField name="title" label={labels.title!} hint={t("story.titleHint")} state={state} />
              {STORY_SECTIONS[kind].map((s) => (
                <TextArea key={s} name={s} label={labels[s]!} hint={t(`storySectionHint.${s}`)} rows={4} state={state} />
              ))}
              {kind === "citizen_story" ? (
                <>
                  <TextField name="consentOn" type="date" label={labels.consentOn!} hint={t("story.consentHint")} state={state} />
                  <ChoiceGroup name="consentMethod" type="radio" legend={labels.consentMethod!} options={STORY_CONSENT_METHODS.map((m) => ({ value: m, label: t(`storyConsentMethod.${m}`) }))} state={state} />
                </>
              ) : null}
              <SubmitButton>{t("story.save")}</SubmitButton>
            </Form>
          </section>
        ) : null}
      </div>
    </div>
  );
}
