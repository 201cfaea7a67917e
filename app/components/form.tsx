import { useEffect, useRef, type ReactNode } from "react";
import { Icon } from "./icon";
import { translateMessage, type UserMessage } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export interface FormState {
  errors?: Record<string, UserMessage>;
  values?: Record<string, string>;
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  state?: FormState | null;
  defaultValue?: string | number | null;
  type?: "text" | "email" | "password" | "number" | "date" | "tel";
  autoComplete?: string;
  inputMode?: "numeric" | "decimal" | "text" | "email";
  className?: string;
  required?: boolean;
  /** id of a <datalist> with suggestions. */
  list?: string;
}

function describedBy(...ids: (string | false | undefined)[]) {
  const joined = ids.filter(Boolean).join(" ");
  return joined || undefined;
}

function FieldShell(props: {
  name: string;
  label: string;
  hint?: string;
  error?: UserMessage;
  children: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className={`form-group${props.error ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={props.name}>
        {props.label}
      </label>
      {props.hint ? (
        <span className="form-hint" id={`${props.name}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span className="form-error-message" id={`${props.name}-error`}>
          <span className="sr-only">{t("form.errorPrefix")} </span>
          {translateMessage(locale, props.error)}
        </span>
      ) : null}
      {props.children}
    </div>
  );
}

/** A DKFDS text field: label, hint, the error directly above the input, and the value kept. */
export function TextField(props: FieldProps) {
  const error = props.state?.errors?.[props.name];
  const value = props.state?.values?.[props.name] ?? props.defaultValue ?? "";
  return (
    <FieldShell name={props.name} label={props.label} hint={props.hint} error={error}>
      <input
        className={`form-input ${props.className ?? ""}`.trim()}
        id={props.name}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.type === "password" ? undefined : String(value)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        list={props.list}
        required={props.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.hint && `${props.name}-hint`, error && `${props.name}-error`)}
      />
    </FieldShell>
  );
}

export function TextArea(props: Omit<FieldProps, "type" | "inputMode"> & { rows?: number }) {
  const error = props.state?.errors?.[props.name];
  const value = props.state?.values?.[props.name] ?? props.defaultValue ?? "";
  return (
    <FieldShell name={props.name} label={props.label} hint={props.hint} error={error}>
      <textarea
        className="form-input"
        id={props.name}
        name={props.name}
        rows={props.rows ?? 4}
        defaultValue={String(value)}
        required={props.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.hint && `${props.name}-hint`, error && `${props.name}-error`)}
      />
    </FieldShell>
  );
}

export function SelectField(
  props: Omit<FieldProps, "type" | "inputMode" | "autoComplete"> & {
    options: { value: string; label: string }[];
    /** Shown instead of `options` when given: the options under headings (`<optgroup>`). */
    groups?: { label: string; options: { value: string; label: string }[] }[];
    placeholder?: string;
  },
) {
  const error = props.state?.errors?.[props.name];
  const value = props.state?.values?.[props.name] ?? props.defaultValue ?? "";
  return (
    <FieldShell name={props.name} label={props.label} hint={props.hint} error={error}>
      <select
        className="form-select"
        id={props.name}
        name={props.name}
        defaultValue={String(value)}
        required={props.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.hint && `${props.name}-hint`, error && `${props.name}-error`)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.groups
          ? props.groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))
          : props.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
      </select>
    </FieldShell>
  );
}

/**
 * DKFDS error summary: every problem again at the top, each a link to its field. It takes
 * focus when it appears (a new answer from the server), so keyboard and screen-reader users land
 * on it; not when the form re-renders for another reason (the slot form's live meter re-renders
 * on every change), or it would pull the focus and the page away from the field being typed in.
 */
export function ErrorSummary({ state, labels }: { state?: FormState | null; labels?: Record<string, string> }) {
  const t = useT();
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const errors = Object.entries(state?.errors ?? {});
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Only for a new state: each submission's answer is a new object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  if (errors.length === 0) return null;
  return (
    <div className="alert alert-error" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <Icon name="error" className="alert-icon" label={t("alert.icon.error")} />
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-title">
          {t("form.errorSummaryTitle")}
        </h2>
        <ul className="alert-text nobullet-list">
          {errors.map(([field, key]) => (
            <li key={field}>
              {field === "_form" ? (
                translateMessage(locale, key)
              ) : (
                <a href={`#${field}`} className="function-link">
                  {labels?.[field] ? `${labels[field]}: ` : ""}
                  {translateMessage(locale, key)}
                </a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function SubmitButton({ children, secondary }: { children: ReactNode; secondary?: boolean }) {
  return (
    <button type="submit" className={`button ${secondary ? "button-secondary" : "button-primary"}`}>
      {children}
    </button>
  );
}

/** A DKFDS radio or checkbox group: legend, hint, error above the options. */
export function ChoiceGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  type: "radio" | "checkbox";
  options: { value: string; label: string }[];
  state?: FormState | null;
  /** Current value(s) when the form is first shown. */
  checked?: readonly string[];
  inline?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const error = props.state?.errors?.[props.name];
  const submitted = props.state?.values ? (props.state.values[props.name] ?? "").split("\u001f") : undefined;
  const isChecked = (value: string) => (submitted ? submitted.includes(value) : (props.checked ?? []).includes(value));
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  const errorId = error ? `${props.name}-error` : undefined;
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
        <legend className="form-label">{props.legend}</legend>
        {props.hint ? (
          <span className="form-hint" id={hintId}>
            {props.hint}
          </span>
        ) : null}
        {error ? (
          <span className="form-error-message" id={errorId}>
            <span className="sr-only">{t("form.errorPrefix")} </span>
            {translateMessage(locale, error)}
          </span>
        ) : null}
        <div className={props.inline ? "choice-inline" : undefined}>
          {props.options.map((o, i) => {
            const id = i === 0 ? props.name : `${props.name}-${o.value}`;
            return (
              <div key={o.value} className={props.type === "radio" ? "form-group-radio" : "form-group-checkbox"}>
                <input
                  className={props.type === "radio" ? "form-radio" : "form-checkbox"}
                  type={props.type}
                  id={id}
                  name={props.name}
                  value={o.value}
                  defaultChecked={isChecked(o.value)}
                />
                <label className="form-label" htmlFor={id}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
