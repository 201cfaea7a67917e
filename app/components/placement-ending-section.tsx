import type { SerializeFrom } from "@remix-run/node";
import type { EndingView } from "~/domain/placements/ending-queries.server";
import { formatCalendarDate, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { Alert } from "./alerts";

type View = SerializeFrom<EndingView>;

/**
 * The placement page's section about its end (one self-contained piece): the planned end or
 * how it ended and the outcome, the 13-week mark, the three-month status task for the
 * jobcentre, and links to the end page and the timeline.
 */
export function PlacementEndingSection({ view, side, done }: { view: View; side: "company" | "jobcentre"; done: string | null }) {
  const t = useT();
  const locale = useLocale();
  const d = (day: string) => formatCalendarDate(locale, day);
  const base = `/${side}/placements/${view.id}`;
  const e = view.ending;
  return (
    <section id="ending" className="stack" aria-labelledby="ending-heading">
      <h2 id="ending-heading">{t("ending.sectionHeading")}</h2>
      {done === "ended" ? <Alert kind="success" heading={t("ending.done.ended")} /> : null}
      {done === "endMoved" ? <Alert kind="success" heading={t("ending.done.endMoved")} /> : null}
      {done === "status" ? <Alert kind="success" heading={t("ending.done.status")} /> : null}
      {view.statusTask?.open ? (
        <Alert kind="warning" heading={t("ending.statusTask", { date: d(view.statusTask.dueOn) })}>
          <a href={`${base}/end#status-heading`}>{t("ending.recordStatus")}</a>
        </Alert>
      ) : null}
      <dl className="summary-list">
        {e ? (
          <>
            <dt>{t("ending.endedAs")}</dt>
            <dd>{t("ending.endedValue", { kind: t(`endKind.${e.kind}`), date: d(e.endedOn) })}</dd>
            {e.reason ? (
              <>
                <dt>{t("ending.reason")}</dt>
                <dd>
                  {t(`interruptReason.${e.reason}`)}
                  {e.reasonText ? ` – ${e.reasonText}` : ""}
                </dd>
              </>
            ) : null}
            <dt>{t("ending.outcome")}</dt>
            <dd>{e.outcomeHours !== null ? t("ending.outcomeWithHours", { outcome: t(`outcome.${e.outcome}`), hours: formatNumber(locale, e.outcomeHours) }) : t(`outcome.${e.outcome}`)}</dd>
          </>
        ) : (
          <>
            <dt>{t("ending.plannedEnd")}</dt>
            <dd>{d(view.plannedEndDate)}</dd>
          </>
        )}
        <dt>{t("ending.milestone")}</dt>
        <dd>{view.milestone.reached ? t("ending.milestoneReached", { date: d(view.milestone.mark) }) : t("ending.milestoneAhead", { date: d(view.milestone.mark) })}</dd>
        {view.statusTask?.recorded ? (
          <>
            <dt>{t("ending.statusHeading")}</dt>
            <dd>
              {view.statusTask.recorded.hours !== null
                ? t("ending.outcomeWithHours", { outcome: t(`statusCategory.${view.statusTask.recorded.category}`), hours: formatNumber(locale, view.statusTask.recorded.hours) })
                : t(`statusCategory.${view.statusTask.recorded.category}`)}
            </dd>
          </>
        ) : null}
      </dl>
      <ul className="nobullet-list">
        {view.mayManage ? (
          <li>
            <a href={`${base}/end`}>{t("ending.toEndPage")}</a>
          </li>
        ) : null}
        <li>
          <a href={`${base}/timeline`}>{t("timeline.link")}</a>
        </li>
        {side === "jobcentre" && e ? (
          <li>
            <a href={`${base}/story`}>{t(e.kind === "interrupted" ? "storyWrite.learning_case" : "storyWrite.citizen_story")}</a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
