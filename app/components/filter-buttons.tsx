import type { T } from "~/i18n/translate";
import { useT } from "~/i18n/use-t";

/** A filter form's buttons: the submit button, and a link back to the unfiltered list when given. */
export function FilterButtons(props: { primary?: boolean; reset?: { href: string; label: string } }) {
  return (
    <div className="button-row">
      <FilterButtonsInside t={useT()} {...props} />
    </div>
  );
}

/** What `FilterButtons` puts inside its row, without hooks (`t` given): markup drawn apart and kept (decision 083). */
export function FilterButtonsInside({ t, primary = false, reset }: { t: T; primary?: boolean; reset?: { href: string; label: string } }) {
  return (
    <>
      <button type="submit" className={`button ${primary ? "button-primary" : "button-secondary"}`}>
        {t("form.filter")}
      </button>
      {reset ? (
        <a href={reset.href} className="function-link">
          {reset.label}
        </a>
      ) : null}
    </>
  );
}
