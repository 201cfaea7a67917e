import { Form } from "@remix-run/react";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { AGE_BANDS, LANGUAGE_LEVELS, LANGUAGE_ROWS, LANGUAGES, MENTOR_STYLES, SUPPORT_NEEDS, TRANSPORT, isExistingCasesOnly, type LanguageSkill } from "~/domain/candidates/vocabulary";
import { RULES } from "~/domain/rules/rules";
import { WEEKDAYS } from "~/domain/slots/vocabulary";
import { CHORES } from "~/domain/tasks/vocabulary";
import { useT } from "~/i18n/use-t";
import { ChoiceGroup, ErrorSummary, SelectField, SubmitButton, TextArea, TextField, type FormState } from "./form";

export interface CandidateFormValues {
  alias: string;
  ageBand: string;
  postcode: string;
  targetGroup: string;
  languages: LanguageSkill[];
  experience: string | null;
  experienceIndustries: string[];
  strengths: string;
  wishIndustries: string[];
  wishTasks: string[];
  hoursNow: number;
  goalHours: number | null;
  days: string[];
  transport: string[];
  maxTravelKm: number;
  supportNeeds: string[];
  supportText: string | null;
  activities: string | null;
  mentorStyles: string[];
  mentorWish: string | null;
  responsibleUserId: number;
  version?: number;
}

/** The profile form: resources first, then practicalities, then what helps. Works without JS. */
export function CandidateForm(props: {
  state?: FormState | null;
  values?: CandidateFormValues;
  staff: { id: number; name: string }[];
  defaultResponsible: number;
  submitLabel: string;
}) {
  const t = useT();
  const v = props.values;
  const { state } = props;
  const lang = (i: number) => v?.languages[i];
  return (
    <Form method="post" noValidate>
      <ErrorSummary state={state} />
      <p className="font-lead">{t("candidate.never")}</p>
      {v?.version ? <input type="hidden" name="version" value={v.version} /> : null}
      <fieldset className="fieldset-block">
        <legend className="h2">{t("candidate.section.person")}</legend>
        <TextField name="alias" label={t("field.candidateAlias")} hint={t("hint.candidateAlias")} state={state} defaultValue={v?.alias} className="input-width-m" />
        <SelectField
          name="ageBand"
          label={t("field.ageBand")}
          state={state}
          defaultValue={v?.ageBand}
          placeholder={t("form.choose")}
          options={AGE_BANDS.map((a) => ({ value: a, label: t(`ageBand.${a}`) }))}
        />
        <TextField name="postcode" label={t("field.postcode")} inputMode="numeric" className="input-width-xs" state={state} defaultValue={v?.postcode} />
        <SelectField
          name="targetGroup"
          label={t("field.targetGroup")}
          hint={t("hint.targetGroup")}
          state={state}
          defaultValue={v?.targetGroup}
          placeholder={t("form.choose")}
          options={RULES.targetGroups.map((g) => ({
            value: g.key,
            label: isExistingCasesOnly(g.key) ? t("targetGroup.existingCasesOnly", { group: t(`targetGroup.${g.key}`) }) : t(`targetGroup.${g.key}`),
          }))}
        />
        <SelectField
          name="responsibleUserId"
          label={t("field.responsible")}
          state={state}
          defaultValue={v?.responsibleUserId ?? props.defaultResponsible}
          options={props.staff.map((s) => ({ value: String(s.id), label: s.name }))}
        />
      </fieldset>
      <fieldset className="fieldset-block">
        <legend className="h2">{t("candidate.section.resources")}</legend>
        <TextArea name="strengths" label={t("field.strengths")} hint={t("hint.strengths")} rows={3} state={state} defaultValue={v?.strengths} />
        <TextArea name="experience" label={t("field.experience")} hint={t("hint.experience")} rows={3} state={state} defaultValue={v?.experience} />
        <ChoiceGroup name="experienceIndustries" legend={t("field.experienceIndustries")} type="checkbox" inline state={state} checked={v?.experienceIndustries} options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))} />
        <fieldset className="form-group">
          <legend className="form-label">{t("field.languages")}</legend>
          <span className="form-hint">{t("hint.languages")}</span>
          {Array.from({ length: LANGUAGE_ROWS }, (_, i) => (
            <div className="filter-form" key={i}>
              <SelectField
                name={`language${i + 1}`}
                label={t("field.languageN", { n: i + 1 })}
                state={state}
                defaultValue={lang(i)?.language ?? (i === 0 && !v ? "da" : "")}
                placeholder={t("form.none")}
                options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
              />
              <SelectField
                name={`level${i + 1}`}
                label={t("field.languageLevelN", { n: i + 1 })}
                state={state}
                defaultValue={lang(i)?.level ?? ""}
                placeholder={t("form.none")}
                options={LANGUAGE_LEVELS.map((l) => ({ value: l, label: t(`languageLevel.${l}`) }))}
              />
            </div>
          ))}
        </fieldset>
        <ChoiceGroup name="wishIndustries" legend={t("field.wishIndustries")} type="checkbox" inline state={state} checked={v?.wishIndustries} options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))} />
        <ChoiceGroup name="wishTasks" legend={t("field.wishTasks")} type="checkbox" inline state={state} checked={v?.wishTasks} options={CHORES.map((c) => ({ value: c, label: t(`chore.${c}`) }))} />
      </fieldset>
      <fieldset className="fieldset-block">
        <legend className="h2">{t("candidate.section.practical")}</legend>
        <TextField name="hoursNow" label={t("field.hoursNow")} inputMode="decimal" className="input-width-xs" state={state} defaultValue={v?.hoursNow} />
        <TextField name="goalHours" label={t("field.goalHours")} hint={t("hint.goalHours")} inputMode="decimal" className="input-width-xs" state={state} defaultValue={v?.goalHours} />
        <ChoiceGroup name="days" legend={t("field.daysAvailable")} type="checkbox" inline state={state} checked={v?.days} options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))} />
        <ChoiceGroup name="transport" legend={t("field.transport")} type="checkbox" inline state={state} checked={v?.transport} options={TRANSPORT.map((m) => ({ value: m, label: t(`transport.${m}`) }))} />
        <TextField name="maxTravelKm" label={t("field.maxTravelKm")} inputMode="numeric" className="input-width-xs" state={state} defaultValue={v?.maxTravelKm ?? 10} />
      </fieldset>
      <fieldset className="fieldset-block">
        <legend className="h2">{t("candidate.section.helps")}</legend>
        <ChoiceGroup name="supportNeeds" legend={t("field.supportNeeds")} hint={t("hint.supportNeeds")} type="checkbox" state={state} checked={v?.supportNeeds} options={SUPPORT_NEEDS.map((n) => ({ value: n, label: t(`supportNeed.${n}`) }))} />
        <TextArea name="supportText" label={t("field.supportText")} hint={t("hint.supportText")} rows={3} state={state} defaultValue={v?.supportText} />
        <TextArea name="activities" label={t("field.activities")} hint={t("hint.activities")} rows={2} state={state} defaultValue={v?.activities} />
        <ChoiceGroup name="mentorStyles" legend={t("field.mentorStyles")} type="checkbox" inline state={state} checked={v?.mentorStyles} options={MENTOR_STYLES.map((m) => ({ value: m, label: t(`mentorStyle.${m}`) }))} />
        <TextField name="mentorWish" label={t("field.mentorWish")} state={state} defaultValue={v?.mentorWish} />
      </fieldset>
      <div className="button-row">
        <SubmitButton>{props.submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
