import { STORY_SECTIONS, type StoryKind } from "~/domain/placements/ending-vocabulary";
import { csvDate, type Column } from "../data-table";

export interface StoryRow {
  id: number;
  kind: StoryKind;
  title: string;
  ageBand: string;
  industry: string;
  sections: Record<string, string>;
  publishedAt: Date | string | null;
  createdAt: Date | string;
}

/**
 * The library of learning cases and citizen stories as CSV (issue 13, "cases"). The page shows
 * each text as a card under its headings, so these columns are for the download: the same
 * anonymised facts the card shows (kind, age band, industry) and the text under its headings.
 */
export function storyColumns(): Column<StoryRow>[] {
  return [
    { key: "kind", header: "stories.kind", csv: (s, { t }) => t(`storyKind.${s.kind}`) },
    { key: "title", header: "csv.storyTitle", csv: (s) => s.title },
    { key: "industry", header: "field.industry", csv: (s, { t }) => t(`industry.${s.industry as "retail"}`) },
    { key: "ageBand", header: "stories.ageBandField", csv: (s) => s.ageBand },
    {
      key: "text",
      header: "csv.storyText",
      csv: (s, { t }) =>
        STORY_SECTIONS[s.kind]
          .map((section) => `${t(`storySection.${section}`)} ${s.sections[section] ?? ""}`.trim())
          .join("\n"),
    },
    { key: "written", header: "csv.storyWritten", csv: (s) => csvDate(s.createdAt) },
    { key: "published", header: "csv.storyPublished", csv: (s) => csvDate(s.publishedAt) },
  ];
}
