import { DEMANDS, type Demand } from "~/domain/tasks/demands";
import type { T } from "~/i18n/translate";
import { useT } from "~/i18n/use-t";

/*
 * Apart from filter-fields.tsx: a page is sent the messages of the modules it imports (decision
 * 043), so the lists without demand filters (placements, candidates, follow-ups …) are not sent
 * the demands' names and levels (decision 077).
 */

/** One select per demand: any level, low only, or low and medium (task list and board). */
export function DemandFilterSelects({ maxDemand }: { maxDemand: Partial<Record<Demand, number>> }) {
  return <DemandFilterSelectsIn t={useT()} maxDemand={maxDemand} />;
}

/** The same without hooks, `t` given (markup drawn apart and kept, decision 083). */
export function DemandFilterSelectsIn({ t, maxDemand }: { t: T; maxDemand: Partial<Record<Demand, number>> }) {
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
