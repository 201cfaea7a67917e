import { JOBCENTRE_STAFF } from "~/auth/guards.server";
import { storyColumns, type StoryRow } from "~/components/lists/story-columns";
import { storyFilters } from "~/domain/placements/story-filters";
import { storyLibrary } from "~/domain/placements/story-queries.server";
import type { ListDefinition } from "../list.server";

type Filters = ReturnType<typeof storyFilters.parse>;

/**
 * The jobcentre's library of learning cases and citizen stories (issue 13, "cases"): the
 * page's guard, filters and rows. Anonymised texts, yet about citizens: the jobcentre's only.
 */
export const storiesList: ListDefinition<StoryRow & { placementId: number }, Filters> = {
  name: "stories",
  fileKey: "stories.title",
  roles: JOBCENTRE_STAFF,
  candidateData: true,
  load(ctx, { search, page, pageSize }) {
    return storyLibrary(ctx, storyFilters.parse(Object.fromEntries(search)), page, pageSize);
  },
  columns: () => storyColumns(),
};
