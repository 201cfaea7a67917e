import type { PlacementFlag } from "~/domain/placements/flags";
import { formatCalendarDate, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { Icon } from "./icon";

/** A flag in plain words, with its figures. */
export function useFlagText(): (flag: PlacementFlag) => string {
  const t = useT();
  const locale = useLocale();
  return (flag) => {
    switch (flag.kind) {
      case "followUpOverdue":
        return t("flag.followUpOverdue", { count: flag.count, week: flag.week, date: formatCalendarDate(locale, flag.dueDate), days: flag.workingDays });
      case "lowWellBeing":
        return t("flag.lowWellBeing", { wellBeing: flag.wellBeing });
      case "wellBeingFalling":
        return t("flag.wellBeingFalling", { values: flag.values.join(" → ") });
      case "lowAttendance":
        return t("flag.lowAttendance", { share: formatNumber(locale, Math.round((flag.present / flag.planned) * 100)), present: flag.present, planned: flag.planned });
      case "noFollowUpSinceAdjustment":
        return t("flag.noFollowUpSinceAdjustment", { date: formatCalendarDate(locale, flag.fromDate) });
    }
  };
}

/**
 * On the placement page, both sides: why it needs attention, in words. A warning icon with a
 * text name and the heading carry the meaning; the colour only repeats it. Nothing when all is well.
 */
export function PlacementFlags({ flags }: { flags: PlacementFlag[] }) {
  const t = useT();
  const text = useFlagText();
  if (flags.length === 0) return null;
  return (
    <section className="alert alert-warning" aria-labelledby="placement-flags">
      <Icon name="warning" className="alert-icon" label={t("alert.icon.warning")} />
      <div className="alert-body">
        <h2 className="alert-heading h4" id="placement-flags">
          {t("flags.heading")}
        </h2>
        <ul className="alert-text">
          {flags.map((f) => (
            <li key={f.kind}>{text(f)}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

export interface AttentionRow {
  id: number;
  alias: string;
  slotTitle: string;
  companyName: string;
  flags: PlacementFlag[];
}

/** On a start page: the placements that need attention, each a link with its flags in words. */
export function PlacementsNeedingAttention({ rows, base, showCompany }: { rows: AttentionRow[]; base: "/company/placements" | "/jobcentre/placements"; showCompany: boolean }) {
  const t = useT();
  const text = useFlagText();
  if (rows.length === 0) return null;
  return (
    <section className="alert alert-warning" aria-labelledby="placements-attention">
      <Icon name="warning" className="alert-icon" label={t("alert.icon.warning")} />
      <div className="alert-body">
        <h2 className="alert-heading h4" id="placements-attention">
          {t("flags.startHeading", { count: rows.length })}
        </h2>
        <p className="form-hint">{t("flags.startLead")}</p>
        <ul className="alert-text">
          {rows.map((r) => (
            <li key={r.id}>
              <a href={`${base}/${r.id}`}>
                {r.alias} – {r.slotTitle}
                {showCompany ? `, ${r.companyName}` : ""}
              </a>
              <ul>
                {r.flags.map((f) => (
                  <li key={f.kind}>{text(f)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
