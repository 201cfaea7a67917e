import { Fragment, type ReactNode } from "react";
import { STORY_SECTIONS, type StoryKind } from "~/domain/placements/ending-vocabulary";
import { useT } from "~/i18n/use-t";

export interface StoryCardView {
  id: number;
  kind: StoryKind;
  title: string;
  ageBand: string;
  industry: string;
  sections: Record<string, string>;
}

/** One learning case or citizen story: anonymised (age band and industry only), under its headings. */
export function StoryCard({ story, headingLevel = 3, children }: { story: StoryCardView; headingLevel?: 2 | 3; children?: ReactNode }) {
  const t = useT();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="stack">
      <Heading>{story.title}</Heading>
      <p className="form-hint">
        {t(`storyKind.${story.kind}`)} · {t("story.ageBand", { band: story.ageBand })} · {t(`industry.${story.industry as "retail"}`)}
      </p>
      <dl className="summary-list">
        {STORY_SECTIONS[story.kind].map((s) => (
          <Fragment key={s}>
            <dt>{t(`storySection.${s}`)}</dt>
            <dd>{story.sections[s]}</dd>
          </Fragment>
        ))}
      </dl>
      {children}
    </article>
  );
}
