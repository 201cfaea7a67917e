import type { SerializeFrom } from "@remix-run/node";
import type { dueStatusTasks } from "~/domain/placements/ending-queries.server";
import { formatCalendarDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

type Rows = SerializeFrom<ReturnType<typeof dueStatusTasks>>;

/** The consultant's start page: placements whose status three months after the end is due. Nothing when there are none. */
export function StatusTasks({ rows }: { rows: Rows }) {
  const t = useT();
  const locale = useLocale();
  if (rows.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="status-tasks-heading">
      <h2 id="status-tasks-heading">{t("statusTasks.heading")}</h2>
      <p>{t("statusTasks.lead")}</p>
      <ul>
        {rows.map((r) => (
          <li key={r.placementId}>
            <a href={`/jobcentre/placements/${r.placementId}/end#status-heading`}>
              {r.alias} – {r.slotTitle}, {r.companyName}
            </a>{" "}
            ({formatCalendarDate(locale, r.dueOn)})
          </li>
        ))}
      </ul>
    </section>
  );
}
