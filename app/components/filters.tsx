import { DEMANDS, type Demand } from "~/domain/tasks/schema";
import { formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

/** One select per demand: any level, low only, or low and medium (task list and board). */
export function DemandFilterSelects({ maxDemand }: { maxDemand: Partial<Record<Demand, number>> }) {
  const t = useT();
  return (
    <>
      {DEMANDS.map((d) => (
        <div className="form-group" key={d}>
          <label className="form-label" htmlFor={`max_${d}`}>
            {t(`demand.${d}`)}
          </label>
          <select className="form-select" id={`max_${d}`} name={`max_${d}`} defaultValue={maxDemand[d] ?? ""}>
            <option value="">{t("tasks.anyLevel")}</option>
            <option value="1">{t("tasks.upToLow")}</option>
            <option value="2">{t("tasks.upToMedium")}</option>
          </select>
        </div>
      ))}
    </>
  );
}

/** The core-staff hours a company's active tasks free: the figure every company page leads with. */
export function HoursRelievedFigure({ relieved, children }: { relieved: { hours: number; activeTasks: number }; children?: React.ReactNode }) {
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
