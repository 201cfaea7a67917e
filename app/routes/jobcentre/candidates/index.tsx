import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/alerts";
import { DataTable } from "~/components/data-table";
import { activeFilterCount, CheckboxFilter, FilterDisclosure, SearchFilter, SelectFilter, TextFilter } from "~/components/filter-fields";
import { FilterButtons } from "~/components/filter-buttons";
import { candidateColumns } from "~/components/lists/candidate-columns";
import { pageMeta } from "~/components/page-meta";
import { CANDIDATE_SORTS } from "~/domain/candidates/candidate-filters";
import { expiringConsents, jobcentreStaff } from "~/domain/candidates/candidate-list.server";
import { CONSENT_STATUSES, TARGET_GROUPS } from "~/domain/candidates/vocabulary";
import { jobcentreTeams } from "~/domain/users/teams.server";
import { loadList } from "~/http/list.server";
import { candidatesList } from "~/http/lists/candidates.server";
import { formatCalendarDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.candidates");

const RADII = [0, 5, 10, 15, 25, 50];

export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, candidatesList);
  return { filters, result, staff: jobcentreStaff(ctx), teams: jobcentreTeams(ctx), expiring: expiringConsents(ctx) };
}

export default function Candidates() {
  const t = useT();
  const locale = useLocale();
  const { filters, result, staff, teams, expiring } = useLoaderData<typeof loader>();
  const { q, targetGroup, consent, responsible, team, minHours, maxHours, postcode, noOpenProposal } = filters;
  const active = activeFilterCount({ q, targetGroup, consent, responsible, team, minHours, maxHours, postcode, noOpenProposal });
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
                <a href={`/jobcentre/candidates/${e.id}`}>{e.alias}</a> – {t("candidates.expiresOn", { date: formatCalendarDate(locale, e.expiresOn) })} ({e.responsible})
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <FilterDisclosure active={active}>
        <Form method="get" aria-label={t("candidates.filterLabel")}>
          <div className="filter-form">
            <SearchFilter label={t("candidates.search")} defaultValue={filters.q ?? ""} />
            <SelectFilter name="targetGroup" label={t("field.targetGroup")} allLabel={t("candidates.all")} defaultValue={filters.targetGroup ?? ""} options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))} />
            <SelectFilter name="consent" label={t("field.consentStatus")} allLabel={t("candidates.all")} defaultValue={filters.consent ?? ""} options={CONSENT_STATUSES.map((s) => ({ value: s, label: t(`consentStatus.${s}`) }))} />
            <SelectFilter name="responsible" label={t("field.responsible")} allLabel={t("candidates.all")} defaultValue={filters.responsible ?? ""} options={staff.map((s) => ({ value: s.id, label: s.name }))} />
            {teams.length > 0 ? <SelectFilter name="team" label={t("field.team")} allLabel={t("candidates.all")} defaultValue={filters.team ?? ""} options={teams.map((n) => ({ value: n, label: n }))} /> : null}
            <TextFilter name="minHours" label={t("candidates.minHours")} numeric defaultValue={filters.minHours ?? ""} />
            <TextFilter name="maxHours" label={t("candidates.maxHours")} numeric defaultValue={filters.maxHours ?? ""} />
            <TextFilter name="postcode" label={t("board.postcode")} numeric defaultValue={filters.postcode ?? ""} />
            <SelectFilter
              name="radius"
              label={t("board.radius")}
              defaultValue={String(filters.radiusKm)}
              options={RADII.map((km) => ({ value: km, label: km === 0 ? t("board.radiusExact") : t("board.radiusKm", { km }) }))}
            />
            <SelectFilter name="sort" label={t("tasks.sort")} defaultValue={filters.sort} options={CANDIDATE_SORTS.map((s) => ({ value: s, label: t(`candidates.sort.${s}`) }))} />
          </div>
          <CheckboxFilter name="noOpenProposal" label={t("candidates.noOpenProposal")} checked={filters.noOpenProposal} />
          <FilterButtons primary reset={{ href: "/jobcentre/candidates", label: t("board.reset") }} />
        </Form>
      </FilterDisclosure>
      {filters.badPostcode || filters.unknownPostcode ? <Alert kind="warning" heading={t("board.unknownPostcode")} /> : null}
      <DataTable caption={t("candidates.title")} columns={candidateColumns} rowKey={(c) => c.id} countKey="candidates.count" csvHref="/jobcentre/candidates.csv" sort={filters.sort} {...result} />
    </div>
  );
}
