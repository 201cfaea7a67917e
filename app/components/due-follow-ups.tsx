import { formatCalendarDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

/**
 * On the mentor's and HR's start page: the follow-ups that can be filled in now, overdue first,
 * the first few each a link to fill in. The count is the list's ("Kan udfyldes nu", the default
 * view of /company/follow-ups), so the page behind the link shows as many.
 */
export function DueFollowUps({ total, rows }: { total: number; rows: { id: number; placementId: number; week: number; dueDate: string; overdue: boolean; alias: string }[] }) {
  const t = useT();
  const locale = useLocale();
  if (total === 0) return null;
  return (
    <section className="alert alert-info" aria-labelledby="due-follow-ups">
      <div className="alert-body">
        <h2 className="alert-heading" id="due-follow-ups">
          {t("followUps.dueHeading", { count: total })}
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
          <a href="/company/follow-ups">{total > rows.length ? t("followUps.allCanBeFilled", { count: total }) : t("followUps.all")}</a>
        </p>
      </div>
    </section>
  );
}
