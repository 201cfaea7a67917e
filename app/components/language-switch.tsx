import { Form, useLocation } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/use-t";

/** A real form, so the switch works without JavaScript; it returns to the same page. */
export function LanguageSwitch() {
  const locale = useLocale();
  const t = useT();
  const location = useLocation();
  const other = locale === "da" ? "en" : "da";
  return (
    <Form method="post" action="/language" className="inline-form language-form">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button type="submit" className="button button-tertiary" lang={other}>
        {t("layout.switchLanguage")}
      </button>
    </Form>
  );
}
