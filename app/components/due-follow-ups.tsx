import { formatCalendarDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

/** On the mentor's and HR's start page: the follow-ups due today or overdue, each a link to fill in. */
export function DueFollowUps({ rows }: { rows: { id: number; placementId: number; week: number; dueDate: string; overdue: boolean; alias: string }[] }) {
  const t = useT();
  const locale = useLocale();
  if (rows.length === 0) return null;
  return (
    <section className="alert alert-info" aria-labelledby="due-follow-ups">
      <div className="alert-body">
        <h2 className="alert-heading" id="due-follow-ups">
          {t("followUps.dueHeading", { count: rows.length })}
        </h2>
        <ul className="alert-text">
          {rows.map((f) => (
            <li key={f.id}>
              <a href={`/company/placements/${f.placementId}/follow-ups/${f.id}`}>{t("followUps.dueLine", { alias: f.alias, week: f.week, date: formatCalendarDate(locale, f.dueDate) })}</a>
              {f.overdue ? <strong className="form-error-message"> {t("followUps.overdue")}</strong> : null}
            </li>
          ))}
        </ul>
        <p className="alert-text">
          <a href="/company/follow-ups">{t("followUps.all")}</a>
        </p>
      </div>
    </section>
  );
}
