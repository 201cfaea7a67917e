import { DEMANDS, type Demand } from "~/domain/tasks/schema";
import { useT } from "~/i18n/use-t";

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

/** A select filter of a GET form whose empty first option means "all". */
export function SelectFilter(props: {
  name: string;
  label: string;
  allLabel: string;
  options: { value: string | number; label: string }[];
  defaultValue?: string | number;
}) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={props.name}>
        {props.label}
      </label>
      <select className="form-select" id={props.name} name={props.name} defaultValue={props.defaultValue ?? ""}>
        <option value="">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
