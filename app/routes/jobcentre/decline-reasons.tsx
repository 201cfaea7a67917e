import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { pageMeta } from "~/components/page-meta";
import { addDays } from "~/domain/candidates/consent";
import { declineStatistics } from "~/domain/proposals/queries.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.declineReasons");

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const search = new URL(args.request.url).searchParams;
  const today = copenhagenDate(ctx.now);
  const valid = (v: string | null) => (v && DATE.test(v) && !Number.isNaN(new Date(`${v}T12:00:00Z`).getTime()) ? v : null);
  let from = valid(search.get("from")) ?? addDays(today, -90);
  let to = valid(search.get("to")) ?? today;
  if (from > to) [from, to] = [to, from];
  return { from, to, stats: declineStatistics(ctx, { from, to }) };
}

/** The jobcentre learns from reasons: declines counted by reason, industry and period. */
export default function DeclineReasons() {
  const t = useT();
  const { from, to, stats } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("declines.title")}</h1>
      <p className="font-lead">{t("declines.lead")}</p>
      <Form method="get" aria-label={t("declines.period")}>
        <div className="filter-form">
          <div className="form-group">
            <label className="form-label" htmlFor="from">
              {t("declines.from")}
            </label>
            <input className="form-input" type="date" id="from" name="from" defaultValue={from} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="to">
              {t("declines.to")}
            </label>
            <input className="form-input" type="date" id="to" name="to" defaultValue={to} />
          </div>
        </div>
        <button type="submit" className="button button-primary">
          {t("form.filter")}
        </button>
      </Form>
      <p role="status">{t("declines.total", { count: stats.total })}</p>
      {stats.total > 0 ? (
        <>
          <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("declines.byReason")}>
            <table className="table table--compact">
              <caption>{t("declines.byReason")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field.declineReason")}</th>
                  <th scope="col" className="text-align-right">
                    {t("declines.count")}
                  </th>
                  <th scope="col" className="text-align-right">
                    {t("declines.share")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {stats.byReason.map((r) => (
                  <tr key={r.reason}>
                    <td>{t(`declineReason.${r.reason}`)}</td>
                    <td className="text-align-right">{r.n}</td>
                    <td className="text-align-right">{Math.round((r.n / stats.total) * 100)} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("declines.byIndustry")}>
            <table className="table table--compact">
              <caption>{t("declines.byIndustry")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field.industry")}</th>
                  <th scope="col">{t("field.declineReason")}</th>
                  <th scope="col" className="text-align-right">
                    {t("declines.count")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {stats.byReasonAndIndustry.map((r) => (
                  <tr key={`${r.industry}-${r.reason}`}>
                    <td>{t(`industry.${r.industry}`)}</td>
                    <td>{t(`declineReason.${r.reason}`)}</td>
                    <td className="text-align-right">{r.n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {stats.otherTexts.length > 0 ? (
            <>
              <h2>{t("declines.otherTexts")}</h2>
              <ul>
                {stats.otherTexts.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
