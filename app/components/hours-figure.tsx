import type { ReactNode } from "react";
import { formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

/** The core-staff hours a company's active tasks free: the figure every company page leads with. */
export function HoursRelievedFigure({ relieved, children }: { relieved: { hours: number; activeTasks: number }; children?: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="key-figure-box">
      {children}
      <p className="key-figure">{t("tasks.hoursValue", { hours: formatNumber(locale, relieved.hours) })}</p>
      <p>{t("tasks.relievedExplained", { count: relieved.activeTasks })}</p>
    </div>
  );
}
