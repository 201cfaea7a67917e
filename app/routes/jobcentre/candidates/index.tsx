import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { SearchFilter, SelectFilter } from "~/components/filter-fields";
import { pageMeta } from "~/components/page-meta";
import { Pagination } from "~/components/pagination";
import { CANDIDATE_SORTS } from "~/domain/candidates/candidate-filters";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { expiringConsents, jobcentreStaff, listCandidates } from "~/domain/candidates/queries.server";
import { CONSENT_STATUSES, TARGET_GROUPS } from "~/domain/candidates/schema";
import { formatDate, formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.candidates");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const filters = parseCandidateFilters(new URL(args.request.url).searchParams);
  return { filters, result: listCandidates(ctx, filters), staff: jobcentreStaff(ctx), expiring: expiringConsents(ctx) };
}

export default function Candidates() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const { filters, result, staff, expiring } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("candidates.title")}</h1>
      <p className="font-lead">{t("candidates.lead")}</p>
      <p>
        <a href="/jobcentre/candidates/new" className="button button-primary">
          {t("candidates.new")}
        </a>
      </p>
      {expiring.length > 0 ? (
        <Alert kind="warning" heading={t("candidates.expiringHeading", { count: expiring.length })}>
          <ul>
            {expiring.map((e) => (
              <li key={e.id}>
                <a href={`/jobcentre/candidates/${e.id}`}>{e.alias}</a> – {t("candidates.expiresOn", { date: formatDate(locale, `${e.expiresOn}T12:00:00`) })} ({e.responsible})
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Form method="get" aria-label={t("candidates.filterLabel")}>
        <div className="filter-form">
          <SearchFilter label={t("candidates.search")} defaultValue={filters.q ?? ""} />
          <SelectFilter name="targetGroup" label={t("field.targetGroup")} allLabel={t("candidates.all")} defaultValue={filters.targetGroup ?? ""} options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))} />
          <SelectFilter name="consent" label={t("field.consentStatus")} allLabel={t("candidates.all")} defaultValue={filters.consent ?? ""} options={CONSENT_STATUSES.map((s) => ({ value: s, label: t(`consentStatus.${s}`) }))} />
          <SelectFilter name="responsible" label={t("field.responsible")} allLabel={t("candidates.all")} defaultValue={filters.responsible ?? ""} options={staff.map((s) => ({ value: s.id, label: s.name }))} />
          <div className="form-group">
            <label className="form-label" htmlFor="minHours">
              {t("candidates.minHours")}
            </label>
            <input className="form-input input-width-xs" id="minHours" name="minHours" inputMode="decimal" defaultValue={filters.minHours ?? ""} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="maxHours">
              {t("candidates.maxHours")}
            </label>
            <input className="form-input input-width-xs" id="maxHours" name="maxHours" inputMode="decimal" defaultValue={filters.maxHours ?? ""} />
          </div>
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
              {[0, 5, 10, 15, 25, 50].map((km) => (
                <option key={km} value={km}>
                  {km === 0 ? t("board.radiusExact") : t("board.radiusKm", { km })}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="sort">
              {t("tasks.sort")}
            </label>
            <select className="form-select" id="sort" name="sort" defaultValue={filters.sort}>
              {CANDIDATE_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`candidates.sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="form-group-checkbox">
          <input className="form-checkbox" type="checkbox" id="noOpenProposal" name="noOpenProposal" value="1" defaultChecked={filters.noOpenProposal} />
          <label className="form-label" htmlFor="noOpenProposal">
            {t("candidates.noOpenProposal")}
          </label>
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("form.filter")}
          </button>
          <a href="/jobcentre/candidates" className="function-link">
            {t("board.reset")}
          </a>
        </div>
      </Form>
      {filters.badPostcode || result.unknownPostcode ? <Alert kind="warning" heading={t("board.unknownPostcode")} /> : null}
      <p role="status">{t("candidates.count", { count: result.total })}</p>
      {result.total > 0 ? (
        <>
          <p>
            <a href={`/jobcentre/candidates/export${location.search}`} className="function-link" download>
              {t("candidates.export")}
            </a>
          </p>
          <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("candidates.title")}>
            <table className="table table--compact">
              <caption className="sr-only">{t("candidates.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field.candidateAlias")}</th>
                  <th scope="col">{t("field.ageBand")}</th>
                  <th scope="col">{t("field.targetGroup")}</th>
                  <th scope="col">{t("candidates.hoursColumn")}</th>
                  <th scope="col">{t("field.postcode")}</th>
                  <th scope="col">{t("field.consentStatus")}</th>
                  <th scope="col">{t("field.responsible")}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <a href={`/jobcentre/candidates/${c.id}`}>{c.alias}</a>
                      {c.openProposal ? <span className="form-hint"> · {t("candidates.hasOpenProposal")}</span> : null}
                    </td>
                    <td>{t(`ageBand.${c.ageBand}`)}</td>
                    <td>{t(`targetGroup.${c.targetGroup}`)}</td>
                    <td>
                      {formatNumber(locale, c.hoursNow)}
                      {c.goalHours != null ? ` → ${formatNumber(locale, c.goalHours)}` : ""}
                    </td>
                    <td>{c.postcode}</td>
                    <td>
                      {t(`consentStatus.${c.consentStatus}`)}
                      {c.consentExpiresOn && (c.consentStatus === "valid" || c.consentStatus === "expiring") ? (
                        <span className="form-hint"> ({t("candidates.until", { date: formatDate(locale, `${c.consentExpiresOn}T12:00:00`) })})</span>
                      ) : null}
                    </td>
                    <td>{c.responsible}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <Pagination {...result} />
    </div>
  );
}
