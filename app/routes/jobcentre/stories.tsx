import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { activeFilterCount, FilterDisclosure, SelectFilter } from "~/components/filter-fields";
import { FilterButtons } from "~/components/filter-buttons";
import { pageMeta } from "~/components/page-meta";
import { searchWith } from "~/components/data-table";
import { Pagination } from "~/components/pagination";
import { StoryCard } from "~/components/story-card";
import { AGE_BANDS } from "~/domain/candidates/vocabulary";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { STORY_KINDS } from "~/domain/placements/ending-vocabulary";
import { EXPORT_MAX_ROWS } from "~/domain/pagination";
import { loadList } from "~/http/list.server";
import { storiesList } from "~/http/lists/stories.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.stories");

/** The jobcentre's library of learning cases and citizen stories, anonymised, with filters. */
export function loader(args: LoaderFunctionArgs) {
  const { filters, result } = loadList(args, storiesList);
  // What the cards show, no more: each row's dates stay on the server, published is a yes or no
  // (turbo-stream encodes everything returned, decision 052). A page at a time, as every list.
  return {
    filters,
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    rows: result.rows.map((s) => ({ id: s.id, kind: s.kind, title: s.title, ageBand: s.ageBand, industry: s.industry, sections: s.sections, placementId: s.placementId, published: s.publishedAt !== null })),
  };
}

export default function Stories() {
  const t = useT();
  const { filters, rows, total, page, pageSize } = useLoaderData<typeof loader>();
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
        <p role="status">{t("stories.count", { count: total })}</p>
        {total > 0 && total <= EXPORT_MAX_ROWS ? (
          <a className="function-link" href={`/jobcentre/stories.csv${searchWith(search)}`} download>
            {t("list.csv", { count: total })}
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
      <Pagination page={page} total={total} pageSize={pageSize} />
    </div>
  );
}
