import type { MetaFunction } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/locales";
import { translate, type MessageKey } from "~/i18n/translate";

/** A page title from the catalogue, in the language the root loader chose. */
export function pageMeta(key: MessageKey): MetaFunction {
  return ({ matches }) => {
    const root = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
    const locale = isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE;
    return [{ title: `${translate(locale, key)} – Fodfæste` }];
  };
}
