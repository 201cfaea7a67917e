import { Form } from "@remix-run/react";
import { ADAPTATIONS, DEMAND_LEVELS, DEMANDS, FREQUENCIES, LEARNING_TIMES, MIN_DESCRIPTION_LENGTH } from "~/domain/tasks/vocabulary";
import { useT } from "~/i18n/use-t";
import { ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField, type FormState } from "./form";
import { workplaceChoices, type WorkplaceChoice } from "~/domain/companies/workplace-choice";

export interface TaskValues {
  title: string;
  description: string | null;
  department: string | null;
  workplaceId: number | null;
  relievedRole: string | null;
  hoursFreed: number | null;
  frequency: string | null;
  learningTime: string | null;
  physical: number | null;
  social: number | null;
  language: number | null;
  pace: number | null;
  precision: number | null;
  adaptations: string[];
  status: string;
  version: number;
}

/**
 * One form for new and existing tasks. A draft may be saved half-filled; "activate" checks
 * that everything a consultant needs is there.
 */
export function TaskForm(props: {
  state?: FormState | null;
  task?: TaskValues;
  workplaces: WorkplaceChoice[];
  roleSuggestions: string[];
  cancelHref: string;
}) {
  const t = useT();
  const { task, state } = props;
  const labels: Record<string, string> = {
    title: t("field.taskTitle"),
    description: t("field.description"),
    department: t("field.department"),
    workplaceId: t("field.workplace"),
    relievedRole: t("field.relievedRole"),
    hoursFreed: t("field.hoursFreed"),
    frequency: t("field.frequency"),
    learningTime: t("field.learningTime"),
    adaptations: t("field.adaptations"),
    ...Object.fromEntries(DEMANDS.map((d) => [d, t(`demand.${d}`)])),
  };
  const levelOptions = DEMAND_LEVELS.map((l) => ({ value: String(l), label: t(`level.${l}`) }));
  const isActive = task?.status === "active";
  return (
    <>
      <ErrorSummary state={state} labels={labels} />
      <Form method="post" noValidate>
        {task ? <input type="hidden" name="version" value={task.version} /> : null}
        <TextField name="title" label={labels.title!} hint={t("hint.taskTitle")} state={state} defaultValue={task?.title} />
        <TextArea
          name="description"
          label={labels.description!}
          hint={t("hint.taskDescription", { count: MIN_DESCRIPTION_LENGTH })}
          rows={5}
          state={state}
          defaultValue={task?.description}
        />
        <SelectField
          name="workplaceId"
          label={labels.workplaceId!}
          placeholder={t("form.choose")}
          {...workplaceChoices(props.workplaces)}
          state={state}
          defaultValue={task?.workplaceId ?? (props.workplaces.length === 1 ? props.workplaces[0]!.id : "")}
        />
        <TextField name="department" label={labels.department!} hint={t("hint.department")} state={state} defaultValue={task?.department} />
        <TextField
          name="relievedRole"
          label={labels.relievedRole!}
          hint={t("hint.relievedRole")}
          list="relieved-role-suggestions"
          state={state}
          defaultValue={task?.relievedRole}
        />
        <datalist id="relieved-role-suggestions">
          {props.roleSuggestions.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <TextField
          name="hoursFreed"
          label={labels.hoursFreed!}
          hint={t("hint.hoursFreed")}
          inputMode="decimal"
          className="input-width-xs"
          state={state}
          defaultValue={task?.hoursFreed != null ? String(task.hoursFreed).replace(".", ",") : ""}
        />
        <ChoiceGroup
          name="frequency"
          type="radio"
          legend={labels.frequency!}
          options={FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
          state={state}
          checked={task?.frequency ? [task.frequency] : []}
        />
        <ChoiceGroup
          name="learningTime"
          type="radio"
          legend={labels.learningTime!}
          options={LEARNING_TIMES.map((l) => ({ value: l, label: t(`learningTime.${l}`) }))}
          state={state}
          checked={task?.learningTime ? [task.learningTime] : []}
        />
        <fieldset className="fieldset-block">
          <legend className="h3">{t("tasks.demandsHeading")}</legend>
          <p>{t("tasks.demandsLead")}</p>
          {DEMANDS.map((d) => (
            <ChoiceGroup
              key={d}
              name={d}
              type="radio"
              inline
              legend={labels[d]!}
              hint={t(`demandHint.${d}`)}
              options={levelOptions}
              state={state}
              checked={task?.[d] != null ? [String(task[d])] : []}
            />
          ))}
        </fieldset>
        <ChoiceGroup
          name="adaptations"
          type="checkbox"
          legend={labels.adaptations!}
          hint={t("hint.adaptations")}
          options={ADAPTATIONS.map((a) => ({ value: a, label: t(`adaptation.${a}`) }))}
          state={state}
          checked={task?.adaptations ?? []}
        />
        <div className="button-row">
          {isActive ? (
            <button type="submit" name="intent" value="save" className="button button-primary">
              {t("tasks.saveActive")}
            </button>
          ) : (
            <>
              <button type="submit" name="intent" value="activate" className="button button-primary">
                {t("tasks.saveAndActivate")}
              </button>
              <button type="submit" name="intent" value="draft" className="button button-secondary">
                {t("tasks.saveDraft")}
              </button>
            </>
          )}
          <a href={props.cancelHref} className="function-link">
            {t("form.cancel")}
          </a>
        </div>
      </Form>
    </>
  );
}
