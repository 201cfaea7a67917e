import type { SerializeFrom } from "@remix-run/node";
import type { placementTimeline, TimelineEvent } from "~/domain/placements/timeline.server";
import { formatCalendarDate, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

type View = SerializeFrom<ReturnType<typeof placementTimeline>>;

/** The placement's timeline page for either side: an ordered list, oldest first, each line dated. */
export function PlacementTimelinePage({ view, side }: { view: View; side: "company" | "jobcentre" }) {
  const t = useT();
  const locale = useLocale();
  const d = (day: string) => formatCalendarDate(locale, day);
  const describe = (e: TimelineEvent): string => {
    const v = e.vars;
    switch (e.kind) {
      case "started":
        return t("timeline.started", { hours: formatNumber(locale, Number(v.hours)) });
      case "followUp":
        return t("timeline.followUp", { week: Number(v.week), wellBeing: Number(v.wellBeing), hours: formatNumber(locale, Number(v.hours)) });
      case "comment":
        return t("timeline.comment", { by: String(v.by), week: Number(v.week) });
      case "note":
        return t("timeline.note", { by: String(v.by) });
      case "adjustmentApproved":
        return t("timeline.adjustmentApproved", { from: d(String(v.from)) });
      case "endMoved":
        return t("timeline.endMoved", { to: d(String(v.to)) });
      case "ended":
        return t("timeline.ended", { kind: t(`endKind.${v.kind as "completed"}`), outcome: t(`outcome.${v.outcome as "education"}`) });
      case "status":
        return t("timeline.status", { category: t(`statusCategory.${v.category as "employee"}`) });
      default:
        return t(`timeline.${e.kind as "proposed" | "meeting" | "adjustmentProposed" | "adjustmentDeclined" | "milestone"}`);
    }
  };
  return (
    <div className="row">
      <div className="col-12 col-lg-8 stack">
        <p>
          <a href={`/${side}/placements/${view.id}`} className="back-link">
            {t("ending.back")}
          </a>
        </p>
        <h1>{t("timeline.title", { alias: view.alias, title: view.slotTitle })}</h1>
        <ol className="nobullet-list stack">
          {view.events.map((e, i) => (
            <li key={i}>
              <strong>{d(e.on)}</strong>: {e.link ? <a href={e.link}>{describe(e)}</a> : describe(e)}
              {e.text ? <p className="form-hint">{e.text}</p> : null}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
