import type { SerializeFrom } from "@remix-run/node";
import type { publishedStories } from "~/domain/placements/story-queries.server";
import { useT } from "~/i18n/use-t";
import { StoryCard } from "./story-card";

type Rows = SerializeFrom<ReturnType<typeof publishedStories>>;

/** HR's start page: citizen stories the jobcentre has published, as encouragement. Nothing when there are none. */
export function PublishedStories({ rows }: { rows: Rows }) {
  const t = useT();
  if (rows.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="stories-heading">
      <h2 id="stories-heading">{t("stories.companyHeading")}</h2>
      <p>{t("stories.companyLead")}</p>
      {rows.map((s) => (
        <StoryCard key={s.id} story={{ ...s, kind: "citizen_story" }} />
      ))}
    </section>
  );
}
