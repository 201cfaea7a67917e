import { useState, type FormEvent } from "react";
import { translateMessage, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import type { Industry } from "~/domain/companies/vocabulary";
import type { Chore } from "~/domain/tasks/vocabulary";
import type { FormState } from "./form";

export interface Suggestion {
  key: string;
  title: string;
  reason: string;
  relievedRole: string;
  hoursPerWeek: number;
  ownIndustry: boolean;
  industry: Industry;
  matchedChores: Chore[];
}

/** Hours per week that the ticked suggestions free, summed once here for page and script. */
export function hoursOf(suggestions: readonly Suggestion[], keys: ReadonlySet<string>): { count: number; hours: number } {
  const picked = suggestions.filter((s) => keys.has(s.key));
  return { count: picked.length, hours: picked.reduce((sum, s) => sum + s.hoursPerWeek, 0) };
}

/**
 * The finder's suggestions as two groups of checkboxes — the company's own industry, then
 * other industries that match the chores picked — each with a bold title, the hours it frees
 * and the role it relieves, and a total of the ticked ones. The total follows the ticks with
 * JavaScript; without it the page shows the total the server computed after a submit.
 */
export function FinderSuggestions({
  suggestions,
  selected,
  state,
  industry,
}: {
  suggestions: readonly Suggestion[];
  selected: readonly string[];
  state: FormState | null;
  industry: Industry | null;
}) {
  const t = useT();
  const locale = useLocale();
  const [picked, setPicked] = useState(() => new Set(selected));
  const total = hoursOf(suggestions, picked);
  const error = state?.errors?.keys;
  const onChange = (event: FormEvent<HTMLDivElement>) => {
    const boxes = event.currentTarget.querySelectorAll<HTMLInputElement>('input[name="keys"]');
    setPicked(new Set([...boxes].filter((b) => b.checked).map((b) => b.value)));
  };
  const own = suggestions.filter((s) => s.ownIndustry);
  const other = suggestions.filter((s) => !s.ownIndustry);
  return (
    <div className={`form-group${error ? " form-error" : ""}`} onChange={onChange}>
      {error ? (
        <span className="form-error-message" id="keys-error">
          <span className="sr-only">{t("form.errorPrefix")} </span>
          {translateMessage(locale, error)}
        </span>
      ) : null}
      {own.length > 0 ? (
        <Group
          id="keys"
          legend={industry ? t("finder.groupOwn", { industry: t(`industry.${industry}`) }) : t("finder.groupOwnNoIndustry")}
          hint={t("finder.groupOwnHint")}
          items={own}
          selected={selected}
        />
      ) : null}
      {other.length > 0 ? (
        <Group id={own.length > 0 ? "keys-other" : "keys"} legend={t("finder.groupOther")} hint={t("finder.groupOtherHint")} items={other} selected={selected} />
      ) : null}
      <p className="finder-total" id="finder-total" aria-live="polite">
        {total.count === 0
          ? t("finder.totalNone")
          : t("finder.total", { count: total.count, hours: formatNumber(locale, total.hours) })}
      </p>
    </div>
  );
}

function Group({ id, legend, hint, items, selected }: { id: string; legend: string; hint: string; items: readonly Suggestion[]; selected: readonly string[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <fieldset className="finder-group" aria-describedby={`${id}-hint`}>
      <legend className="form-label">{legend}</legend>
      <span className="form-hint" id={`${id}-hint`}>
        {hint}
      </span>
      {items.map((s, i) => {
        const inputId = i === 0 ? id : `keys-${s.key}`;
        return (
          <div key={s.key} className="form-group-checkbox finder-suggestion">
            <input
              className="form-checkbox"
              type="checkbox"
              id={inputId}
              name="keys"
              value={s.key}
              defaultChecked={selected.includes(s.key)}
              aria-describedby={`${inputId}-reason`}
            />
            <label className="form-label" htmlFor={inputId}>
              <strong>{s.title}</strong>
              <span className="finder-facts">{t("finder.suggestionFacts", { hours: formatNumber(locale, s.hoursPerWeek), role: s.relievedRole })}</span>
            </label>
            <span className="form-hint finder-reason" id={`${inputId}-reason`}>
              {s.ownIndustry
                ? s.reason
                : t("finder.otherReason", {
                    industry: t(`industry.${s.industry}`),
                    chores: s.matchedChores.map((c) => t(`chore.${c}`).toLocaleLowerCase(locale)).join(", "),
                    reason: s.reason,
                  })}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
