import type { ReactNode } from "react";
import { useLocation } from "@remix-run/react";
import { useT } from "~/i18n/use-t";

/** A free-text filter of a GET form (name "q"). */
export function SearchFilter({ label, defaultValue }: { label: string; defaultValue?: string }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor="q">
        {label}
      </label>
      <input className="form-input" id="q" name="q" type="search" defaultValue={defaultValue ?? ""} />
    </div>
  );
}

type FilterOption = { value: string | number; label: string };

/**
 * A select filter of a GET form; with `allLabel`, an empty first option means "all". With
 * `groups` the options stand under headings (`<optgroup>`), as a chain's workplaces by town.
 */
export function SelectFilter(props: {
  name: string;
  label: string;
  allLabel?: string;
  options: FilterOption[];
  groups?: { label: string; options: FilterOption[] }[];
  defaultValue?: string | number;
}) {
  const option = (o: FilterOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={props.name}>
        {props.label}
      </label>
      <select className="form-select" id={props.name} name={props.name} defaultValue={props.defaultValue ?? ""}>
        {props.allLabel !== undefined ? <option value="">{props.allLabel}</option> : null}
        {props.groups
          ? props.groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map(option)}
              </optgroup>
            ))
          : props.options.map(option)}
      </select>
    </div>
  );
}

/** A short text filter of a GET form (a postcode, a number of hours). */
export function TextFilter(props: { name: string; label: string; defaultValue?: string | number; numeric?: boolean }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={props.name}>
        {props.label}
      </label>
      <input
        className="form-input input-width-xs"
        id={props.name}
        name={props.name}
        inputMode={props.numeric ? "numeric" : undefined}
        defaultValue={props.defaultValue ?? ""}
      />
    </div>
  );
}

/** Checkboxes of a GET form sharing one name (several values allowed). */
export function ChoiceFilter(props: ChoiceFilterProps) {
  return (
    <fieldset className="form-group">
      <ChoiceFilterInside {...props} />
    </fieldset>
  );
}

type ChoiceFilterProps = {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
};

/** What `ChoiceFilter` puts inside its fieldset (no hooks: markup drawn apart and kept, decision 083). */
export function ChoiceFilterInside(props: ChoiceFilterProps) {
  return (
    <>
      <legend className="form-label">{props.legend}</legend>
      {props.hint ? <span className="form-hint">{props.hint}</span> : null}
      <div className="choice-inline">
        {props.options.map((o) => (
          <div className="form-group-checkbox" key={o.value}>
            <input
              className="form-checkbox"
              type="checkbox"
              id={`${props.name}-${o.value}`}
              name={props.name}
              value={o.value}
              defaultChecked={props.checked.includes(o.value)}
            />
            <label className="form-label" htmlFor={`${props.name}-${o.value}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </>
  );
}

/**
 * A list's filters behind a "Filtrér" disclosure (details/summary, so it works without
 * JavaScript). On a phone it starts folded and says how many filters are in use; on wider
 * screens the CSS shows the filters and hides the summary.
 */
export function FilterDisclosure({ active, children }: { active: number; children: ReactNode }) {
  const t = useT();
  // A new search starts folded, with or without JavaScript, so the results are what one sees.
  const { search } = useLocation();
  return (
    <details className="filter-disclosure" key={search}>
      <summary className="filter-disclosure__summary">{active > 0 ? t("list.filtersActive", { count: active }) : t("list.filters")}</summary>
      <div className="filter-disclosure__body">{children}</div>
    </details>
  );
}

/** How many filters are set, for the disclosure's summary (paging and empty values do not count). */
export function activeFilterCount(filters: object): number {
  let n = 0;
  for (const [k, v] of Object.entries(filters) as [string, unknown][]) {
    if (k === "page" || v === undefined || v === null || v === "" || v === false) continue;
    if (Array.isArray(v)) n += v.length > 0 ? 1 : 0;
    else if (typeof v === "object") n += activeFilterCount(v);
    else n += 1;
  }
  return n;
}

/** A yes/no filter: checked sends `name=1` (a plain GET form, no JavaScript needed). */
export function CheckboxFilter(props: { name: string; label: string; checked: boolean }) {
  return (
    <div className="form-group-checkbox">
      <CheckboxFilterInside {...props} />
    </div>
  );
}

/** What `CheckboxFilter` puts inside its element (no hooks: markup drawn apart and kept, decision 083). */
export function CheckboxFilterInside({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <>
      <input className="form-checkbox" type="checkbox" id={name} name={name} value="1" defaultChecked={checked} />
      <label className="form-label" htmlFor={name}>
        {label}
      </label>
    </>
  );
}
