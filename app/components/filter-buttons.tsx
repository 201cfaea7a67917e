import { useT } from "~/i18n/use-t";

/** A filter form's buttons: the submit button, and a link back to the unfiltered list when given. */
export function FilterButtons({ primary = false, reset }: { primary?: boolean; reset?: { href: string; label: string } }) {
  const t = useT();
  return (
    <div className="button-row">
      <button type="submit" className={`button ${primary ? "button-primary" : "button-secondary"}`}>
        {t("form.filter")}
      </button>
      {reset ? (
        <a href={reset.href} className="function-link">
          {reset.label}
        </a>
      ) : null}
    </div>
  );
}
