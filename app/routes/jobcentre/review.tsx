import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Pagination } from "~/components/pagination";
import { pageParam } from "~/domain/pagination";
import { reviewQueue } from "~/domain/slots/queries.server";
import { formatCalendarDate, formatDateTime } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.review");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  return { queue: reviewQueue(ctx, pageParam.parse(new URL(args.request.url).searchParams.get("page"))) };
}

export default function ReviewQueue() {
  const t = useT();
  const locale = useLocale();
  const { queue } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("review.title")}</h1>
      <p className="font-lead">{t("review.lead")}</p>
      <p role="status">{t("review.count", { count: queue.total })}</p>
      {queue.total > 0 ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("review.title")}>
          <table className="table table--compact">
            <caption className="sr-only">{t("review.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("field.slotTitle")}</th>
                <th scope="col">{t("field.company")}</th>
                <th scope="col">{t("field.slotKind")}</th>
                <th scope="col">{t("field.startDate")}</th>
                <th scope="col">{t("review.submitted")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((s) => (
                <tr key={s.id}>
                  <td>
                    <a href={`/jobcentre/slots/${s.id}`}>{s.title}</a>
                  </td>
                  <td>{s.companyName}</td>
                  <td>{t(`slotKind.${s.kind}`)}</td>
                  <td>{formatCalendarDate(locale, s.startDate)}</td>
                  <td>{s.submittedAt ? formatDateTime(locale, s.submittedAt) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination {...queue} />
    </div>
  );
}
