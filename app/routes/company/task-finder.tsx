import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/http/body-limit.server";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { ChoiceGroup, ErrorSummary, SelectField } from "~/components/form";
import { FinderSuggestions, type Suggestion } from "~/components/finder-suggestions";
import { getOwnCompany, listWorkplaceChoices } from "~/domain/companies/queries.server";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { workplaceChoices } from "~/domain/companies/workplace-choice";
import { createTasksFromCatalogue } from "~/domain/tasks/commands.server";
import { rankProposals } from "~/domain/tasks/finder";
import { parseFinderAnswers } from "~/http/filters/finder-answers";
import { finderCatalogue, takenCatalogueKeys } from "~/domain/tasks/queries.server";
import { ADAPTATIONS, CHORES, FINDER_STEPS, STRETCHED_AREAS } from "~/domain/tasks/vocabulary";
import { handleDomainError, invalidForm, parseForm } from "~/http/forms.server";
import { localeFromRequest } from "~/i18n/locale.server";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.finder");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const company = getOwnCompany(ctx);
  const answers = parseFinderAnswers(new URL(args.request.url).searchParams, company.industry);
  const locale = localeFromRequest(args.request);
  const isResults = FINDER_STEPS[answers.step - 1] === "results";
  // Tasks the company already took from the catalogue are not proposed again.
  const taken = isResults ? takenCatalogueKeys(ctx, company.id) : new Set<string>();
  const catalogue = isResults ? finderCatalogue(ctx) : [];
  const proposals: Suggestion[] = isResults
    ? rankProposals(catalogue.filter((c) => !taken.has(c.key)), answers).map((p) => ({
        key: p.task.key,
        title: locale === "en" ? p.task.titleEn : p.task.titleDa,
        reason: locale === "en" ? p.task.reasonEn : p.task.reasonDa,
        relievedRole: locale === "en" ? p.task.relievedRoleEn : p.task.relievedRoleDa,
        hoursPerWeek: p.task.hoursPerWeek,
        ownIndustry: p.ownIndustry,
        industry: z.enum(INDUSTRIES).parse(p.task.industry),
        matchedChores: p.matchedChores,
      }))
    : [];
  return {
    answers,
    proposals,
    alreadyTaken: catalogue.filter((c) => taken.has(c.key)).length,
    workplaces: listWorkplaceChoices(ctx, company.id),
  };
}

const pickInput = z.object({
  keys: z
    .union([z.string(), z.array(z.string())], { errorMap: () => ({ message: "error.finder.pickOne" }) })
    .transform((v) => (Array.isArray(v) ? v : [v])),
  workplaceId: z.coerce.number({ invalid_type_error: "error.task.workplace" }).int().positive("error.task.workplace"),
});

/** "Select all" and "show the total" re-show the page with these ticked (plain submits, so they work without JavaScript). */
const catalogueKeys = (values: FormDataEntryValue[]) => values.map(String).filter((k) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(k));

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const formData = await readFormData(args.request);
  const intent = formData.get("intent");
  if (intent === "selectAll") return { selected: catalogueKeys(formData.getAll("offered")) };
  if (intent === "total") return { selected: catalogueKeys(formData.getAll("keys")) };
  const parsed = parseForm(pickInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  const activate = intent === "activate";
  try {
    const ids = createTasksFromCatalogue(ctx, { ...parsed.data, activate, locale: localeFromRequest(args.request) });
    return redirect(`/company/tasks?created=${ids.length}${activate ? "&activated=1&status=active" : "&status=draft"}`);
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

type Answers = ReturnType<typeof useLoaderData<typeof loader>>["answers"];

/** The answers of the other steps, carried along as hidden fields. */
function Carried({ answers, except }: { answers: Answers; except: string }) {
  return (
    <>
      {except !== "industry" && answers.industry ? <input type="hidden" name="industry" value={answers.industry} /> : null}
      {except !== "areas" ? answers.areas.map((a) => <input key={a} type="hidden" name="area" value={a} />) : null}
      {except !== "chores" ? answers.chores.map((c) => <input key={c} type="hidden" name="chore" value={c} />) : null}
      {except !== "adaptations" ? answers.adaptations.map((a) => <input key={a} type="hidden" name="adapt" value={a} />) : null}
    </>
  );
}

function StepButtons({ step }: { step: number }) {
  const t = useT();
  return (
    <div className="button-row">
      <button type="submit" name="step" value={step + 1} className="button button-primary">
        {step + 1 === FINDER_STEPS.length ? t("finder.showProposals") : t("finder.next")}
      </button>
      {step > 1 ? (
        <button type="submit" name="step" value={step - 1} className="button button-secondary">
          {t("finder.back")}
        </button>
      ) : null}
    </div>
  );
}

export default function TaskFinder() {
  const t = useT();
  const { answers, proposals, workplaces, alreadyTaken } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const formState = state && "errors" in state ? state : null;
  // After a refused create the boxes stay as ticked; after "select all"/"total" as the server says.
  const selected = state && "selected" in state ? state.selected : (formState?.values?.keys ?? "").split("\u001f").filter(Boolean);
  const step = answers.step;
  const name = FINDER_STEPS[step - 1]!;
  return (
    <div className="row">
      <div className="col-12 col-lg-9">
        <h1>{t("finder.title")}</h1>
        <p className="finder-steps form-hint">{t("finder.stepOf", { step, steps: FINDER_STEPS.length })}</p>
        {name === "industry" ? (
          <Form method="get">
            <p className="font-lead">{t("finder.lead")}</p>
            <Carried answers={answers} except="industry" />
            <ChoiceGroup
              name="industry"
              type="radio"
              legend={t("finder.q.industry")}
              options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))}
              checked={[answers.industry ?? ""]}
            />
            <StepButtons step={step} />
          </Form>
        ) : null}
        {name === "areas" ? (
          <Form method="get">
            <Carried answers={answers} except="areas" />
            <ChoiceGroup
              name="area"
              type="checkbox"
              legend={t("finder.q.areas")}
              hint={t("finder.hint.many")}
              options={STRETCHED_AREAS.map((a) => ({ value: a, label: t(`area.${a}`) }))}
              checked={answers.areas}
            />
            <StepButtons step={step} />
          </Form>
        ) : null}
        {name === "chores" ? (
          <Form method="get">
            <Carried answers={answers} except="chores" />
            <ChoiceGroup
              name="chore"
              type="checkbox"
              legend={t("finder.q.chores")}
              hint={t("finder.hint.chores")}
              options={CHORES.map((c) => ({ value: c, label: t(`chore.${c}`) }))}
              checked={answers.chores}
            />
            <StepButtons step={step} />
          </Form>
        ) : null}
        {name === "adaptations" ? (
          <Form method="get">
            <Carried answers={answers} except="adaptations" />
            <ChoiceGroup
              name="adapt"
              type="checkbox"
              legend={t("finder.q.adaptations")}
              hint={t("finder.hint.many")}
              options={ADAPTATIONS.map((a) => ({ value: a, label: t(`adaptation.${a}`) }))}
              checked={answers.adaptations}
            />
            <StepButtons step={step} />
          </Form>
        ) : null}
        {name === "results" ? (
          <>
            <h2>{t("finder.resultsHeading")}</h2>
            {alreadyTaken > 0 ? <p className="form-hint">{t("finder.alreadyTaken", { count: alreadyTaken })}</p> : null}
            {proposals.length === 0 ? (
              <Alert kind="info" heading={t("finder.none")} />
            ) : (
              <>
                <p>{t("finder.resultsLead", { count: proposals.length })}</p>
                <ErrorSummary state={formState} />
                <Form method="post" noValidate>
                  {proposals.map((p) => (
                    <input key={p.key} type="hidden" name="offered" value={p.key} />
                  ))}
                  <FinderSuggestions
                    // A new selection from the server (select all, total) re-creates the ticks.
                    key={selected.join(",")}
                    suggestions={proposals}
                    selected={selected}
                    state={formState}
                    industry={answers.industry}
                  />
                  <div className="button-row">
                    <button type="submit" name="intent" value="selectAll" className="button button-secondary">
                      {t("finder.selectAll")}
                    </button>
                    <noscript>
                      <button type="submit" name="intent" value="total" className="button button-secondary">
                        {t("finder.showTotal")}
                      </button>
                    </noscript>
                  </div>
                  <SelectField
                    name="workplaceId"
                    label={t("finder.workplace")}
                    {...workplaceChoices(workplaces)}
                    state={formState}
                    defaultValue={workplaces[0]?.id}
                  />
                  <p className="form-hint">{t("finder.activateHint")}</p>
                  <div className="button-row">
                    <button type="submit" name="intent" value="activate" className="button button-primary">
                      {t("finder.createActive")}
                    </button>
                    <button type="submit" name="intent" value="draft" className="button button-secondary">
                      {t("finder.create")}
                    </button>
                  </div>
                </Form>
              </>
            )}
            <Form method="get" className="mt-5">
              <Carried answers={answers} except="" />
              <button type="submit" name="step" value={step - 1} className="button button-secondary">
                {t("finder.back")}
              </button>
            </Form>
          </>
        ) : null}
      </div>
    </div>
  );
}
