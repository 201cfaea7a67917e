import { Form } from "@remix-run/react";
import { formatKroner } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { Alert } from "./alerts";
import { ErrorSummary, SubmitButton, TextField, type FormState } from "./form";

export interface WageView {
  id: number;
  version: number;
  wage: { monthlyWageCost: number | null; mayChange: boolean } | null;
}

/** Whether an action's answer is the wage form's (its messages belong there, not to another form on the page). */
export function isWageState(state: { errors?: Record<string, unknown> } | null | undefined): boolean {
  return Boolean(state?.errors && ("monthlyWageCost" in state.errors || "version" in state.errors));
}

/** An amount for the input, the reader's way without grouping: "24500,50" in Danish, "24500.50" in English. */
function inputValue(locale: string, v: number | null): string {
  if (v === null) return "";
  const text = Number.isInteger(v) ? String(v) : v.toFixed(2);
  return locale === "da" ? text.replace(".", ",") : text;
}

/**
 * A løntilskud's total monthly wage cost on the placement's page, for HR and the jobcentre
 * (the loader gives the mentor no `wage`), with the form to change it while the placement is
 * active. A plain POST to the page (`intent=wageCost`): works without JavaScript.
 */
export function PlacementWage({ p, state, done }: { p: WageView; state?: FormState | null; done: boolean }) {
  const t = useT();
  const locale = useLocale();
  if (!p.wage) return null;
  const amount = p.wage.monthlyWageCost;
  return (
    <section id="wage" className="stack" aria-labelledby="wage-heading">
      <h2 id="wage-heading">{t("placement.wageCost")}</h2>
      {done ? <Alert kind="success" heading={t("placement.done.wageCost")} /> : null}
      <p className="font-lead">{amount !== null ? formatKroner(locale, amount) : t("placement.wageCostNotRecorded")}</p>
      {p.wage.mayChange ? (
        <details open={Boolean(state?.errors) || amount === null}>
          <summary>{t("placement.wageCostChange")}</summary>
          <div className="stack">
            <p>{t("placement.wageCostChangeLead")}</p>
            <ErrorSummary state={state} labels={{ monthlyWageCost: t("field.monthlyWageCost") }} />
            <Form method="post" action="#wage" noValidate>
              <input type="hidden" name="intent" value="wageCost" />
              <input type="hidden" name="version" value={p.version} />
              <TextField name="monthlyWageCost" label={t("field.monthlyWageCost")} hint={t("placement.wageCostHint")} inputMode="decimal" className="input-width-s" state={state} defaultValue={inputValue(locale, amount)} />
              <SubmitButton secondary>{t("placement.wageCostSave")}</SubmitButton>
            </Form>
          </div>
        </details>
      ) : null}
    </section>
  );
}
