import { formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { fteCount } from "./fte-count";

export interface MeterView {
  capacity: number;
  used: number;
  withSlot: number;
  fits: boolean;
  excess: number;
  seatsThatFit: number;
  hoursThatFit: number;
  atTarget: number;
  fitsAtTarget: boolean;
  fte: number;
}

/**
 * The reasonableness meter: how much of the workplace's cap is used, and whether this slot
 * fits. A native <meter> with the numbers in words beside it.
 */
export function ReasonablenessMeter({ meter, withSlot = true, live = false }: { meter: MeterView; withSlot?: boolean; live?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const n = (v: number) => formatNumber(locale, v);
  const value = withSlot ? meter.withSlot : meter.used;
  return (
    <section className={`meter-box${meter.fits ? "" : " meter-over"}`} aria-labelledby="meter-heading">
      <h2 className="h4" id="meter-heading">
        {t("meter.heading")}
      </h2>
      <p>
        <meter min={0} max={Math.max(meter.capacity, value)} low={meter.capacity * 0.75} high={meter.capacity} optimum={0} value={value} aria-labelledby="meter-heading">
          {n(value)} / {n(meter.capacity)}
        </meter>
      </p>
      <p className="meter-figures" aria-live={live ? "polite" : undefined}>{t(withSlot ? "meter.usageWithSlot" : "meter.usage", { used: n(value), capacity: n(meter.capacity), fte: n(meter.fte), count: fteCount(meter.fte) })}</p>
      {withSlot && !meter.fits ? (
        <p className="meter-warning">
          <strong>{t("meter.over", { count: meter.excess })}</strong>{" "}
          {meter.seatsThatFit > 0
            ? t("meter.fitSeats", { count: meter.seatsThatFit })
            : meter.hoursThatFit >= 1
              ? t("meter.fitHours", { hours: n(meter.hoursThatFit) })
              : t("meter.fitNothing")}
        </p>
      ) : null}
      {meter.atTarget > value ? (
        <p className={meter.fitsAtTarget ? undefined : "meter-warning"}>{t(meter.fitsAtTarget ? "meter.atTarget" : "meter.atTargetOver", { used: n(meter.atTarget), capacity: n(meter.capacity) })}</p>
      ) : null}
      <p className="form-hint">{t("meter.explain")}</p>
    </section>
  );
}
