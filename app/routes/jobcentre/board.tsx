import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { DemandFilterSelects } from "~/components/filter-fields";
import { Pagination } from "~/components/pagination";
import { INDUSTRIES } from "~/domain/companies/schema";
import { parseBoardFilters } from "~/domain/slots/board";
import { searchBoard } from "~/domain/slots/queries.server";
import { SLOT_KINDS, WEEKDAYS } from "~/domain/slots/schema";
import { formatCalendarDate, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";
import { SearchFilter, SelectFilter } from "~/components/filter-fields";

export const meta = pageMeta("title.board");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const filters = parseBoardFilters(new URL(args.request.url).searchParams);
  return { filters, result: searchBoard(ctx, filters), jobcentre: ctx.actor.organisationName };
}

export default function Board() {
  const t = useT();
  const locale = useLocale();
  const { filters, result, jobcentre } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("board.title")}</h1>
      <p className="font-lead">{t("board.lead", { jobcentre })}</p>
      <Form method="get" aria-label={t("board.filterLabel")}>
        <div className="filter-form">
          <SearchFilter label={t("board.search")} defaultValue={filters.q ?? ""} />
          <SelectFilter
            name="industry"
            label={t("field.industry")}
            allLabel={t("board.allIndustries")}
            defaultValue={filters.industry ?? ""}
            options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))}
          />
          <div className="form-group">
            <label className="form-label" htmlFor="postcode">
              {t("board.postcode")}
            </label>
            <input className="form-input input-width-xs" id="postcode" name="postcode" inputMode="numeric" defaultValue={filters.postcode ?? ""} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="radius">
              {t("board.radius")}
            </label>
            <select className="form-select" id="radius" name="radius" defaultValue={String(filters.radiusKm)}>
              {[0, 5, 10, 15, 25, 50, 100].map((km) => (
                <option key={km} value={km}>
                  {km === 0 ? t("board.radiusExact") : t("board.radiusKm", { km })}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="hours">
              {t("board.maxHours")}
            </label>
            <input className="form-input input-width-xs" id="hours" name="hours" inputMode="numeric" defaultValue={filters.maxStartHours ?? ""} />
          </div>
          <DemandFilterSelects maxDemand={filters.maxDemand} />
          <div className="form-group">
            <label className="form-label" htmlFor="sort">
              {t("tasks.sort")}
            </label>
            <select className="form-select" id="sort" name="sort" defaultValue={filters.sort}>
              <option value="start">{t("board.sortStart")}</option>
              <option value="newest">{t("board.sortNewest")}</option>
              <option value="hours">{t("board.sortHours")}</option>
              <option value="distance">{t("board.sortDistance")}</option>
            </select>
          </div>
        </div>
        <fieldset className="form-group">
          <legend className="form-label">{t("field.slotKind")}</legend>
          <div className="choice-inline">
            {SLOT_KINDS.map((k) => (
              <div className="form-group-checkbox" key={k}>
                <input className="form-checkbox" type="checkbox" id={`kind-${k}`} name="kind" value={k} defaultChecked={filters.kinds.includes(k)} />
                <label className="form-label" htmlFor={`kind-${k}`}>
                  {t(`slotKind.${k}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset className="form-group">
          <legend className="form-label">{t("board.days")}</legend>
          <span className="form-hint">{t("board.daysHint")}</span>
          <div className="choice-inline">
            {WEEKDAYS.map((d) => (
              <div className="form-group-checkbox" key={d}>
                <input className="form-checkbox" type="checkbox" id={`day-${d}`} name="day" value={d} defaultChecked={filters.days.includes(d)} />
                <label className="form-label" htmlFor={`day-${d}`}>
                  {t(`weekday.${d}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("form.filter")}
          </button>
          <a href="/jobcentre/board" className="function-link">
            {t("board.reset")}
          </a>
        </div>
      </Form>
      {filters.badPostcode ? <Alert kind="warning" heading={t("board.badPostcode")} /> : null}
      {result.unknownPostcode ? <Alert kind="warning" heading={t("board.unknownPostcode")} /> : null}
      {filters.sort === "distance" && !filters.postcode ? <Alert kind="info" heading={t("board.distanceNeedsPostcode")} /> : null}
      <p role="status">{t("board.count", { count: result.total })}</p>
      {result.total > 0 ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("board.title")}>
          <table className="table table--compact">
            <caption className="sr-only">{t("board.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("field.slotTitle")}</th>
                <th scope="col">{t("field.company")}</th>
                <th scope="col">{t("field.slotKind")}</th>
                <th scope="col">{t("board.where")}</th>
                <th scope="col">{t("field.startDate")}</th>
                <th scope="col">{t("board.hoursColumn")}</th>
                <th scope="col">{t("field.seats")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((s) => (
                <tr key={s.id}>
                  <td>
                    <a href={`/jobcentre/slots/${s.id}`}>{s.title}</a>
                  </td>
                  <td>
                    {s.companyName}
                    <br />
                    <span className="form-hint">{t(`industry.${s.industry}`)}</span>
                  </td>
                  <td>{t(`slotKind.${s.kind}`)}</td>
                  <td>
                    {s.postcode} {s.city}
                    {s.distanceKm != null ? <span className="form-hint"> ({t("board.km", { km: formatNumber(locale, Math.round(s.distanceKm)) })})</span> : null}
                  </td>
                  <td>{formatCalendarDate(locale, s.startDate)}</td>
                  <td>
                    {formatNumber(locale, s.startHours)} → {formatNumber(locale, s.targetHours)}
                  </td>
                  <td>{s.seats}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination {...result} />
    </div>
  );
}
