import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { activeFilterCount, FilterDisclosure, SelectFilter } from "~/components/filter-fields";
import { FilterButtons } from "~/components/filter-buttons";
import { pageMeta } from "~/components/page-meta";
import { StoryCard } from "~/components/story-card";
import { AGE_BANDS } from "~/domain/candidates/vocabulary";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { STORY_KINDS } from "~/domain/placements/ending-vocabulary";
import { storyFilters } from "~/domain/placements/story-filters";
import { storyLibrary } from "~/domain/placements/story-queries.server";
import { orHttpError } from "~/http/forms.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.stories");

/** The jobcentre's library of learning cases and citizen stories, anonymised, with filters. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const filters = storyFilters.parse(Object.fromEntries(new URL(args.request.url).searchParams));
  const { rows } = orHttpError(() => storyLibrary(ctx, filters));
  // What the cards show, no more: each row's dates and consent stay on the server, published is a
  // yes or no (turbo-stream encodes everything returned, decision 052).
  return {
    filters,
    rows: rows.map((s) => ({ id: s.id, kind: s.kind, title: s.title, ageBand: s.ageBand, industry: s.industry, sections: s.sections, placementId: s.placementId, published: s.publishedAt !== null })),
  };
}

export default function Stories() {
  const t = useT();
  const { filters, rows } = useLoaderData<typeof loader>();
  // The download takes the same filters as the list shows.
  const { search } = useLocation();
  return (
    <div className="stack">
      <h1>{t("stories.title")}</h1>
      <p className="font-lead">{t("stories.lead")}</p>
      <FilterDisclosure active={activeFilterCount(filters)}>
        <Form method="get" className="filter-form">
          <SelectFilter name="kind" label={t("stories.kind")} allLabel={t("stories.allKinds")} defaultValue={filters.kind} options={STORY_KINDS.map((k) => ({ value: k, label: t(`storyKind.${k}`) }))} />
          <SelectFilter name="industry" label={t("field.industry")} allLabel={t("stories.allIndustries")} defaultValue={filters.industry} options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))} />
          <SelectFilter name="ageBand" label={t("stories.ageBandField")} allLabel={t("stories.allAgeBands")} defaultValue={filters.ageBand} options={AGE_BANDS.map((a) => ({ value: a, label: a }))} />
          <FilterButtons />
        </Form>
      </FilterDisclosure>
      <div className="data-table__meta">
        <p role="status">{t("stories.count", { count: rows.length })}</p>
        {rows.length > 0 ? (
          <a className="function-link" href={`/jobcentre/stories.csv${search}`} download>
            {t("list.csv", { count: rows.length })}
          </a>
        ) : null}
      </div>
      {rows.map((s) => (
        <StoryCard key={s.id} story={s}>
          <p>
            <a href={`/jobcentre/placements/${s.placementId}/story`}>{s.published ? t("story.isPublished") : t("stories.open")}</a>
          </p>
        </StoryCard>
      ))}
    </div>
  );
}
