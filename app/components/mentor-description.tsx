import type { Language, MentorStyle } from "~/domain/candidates/vocabulary";
import { useT } from "~/i18n/use-t";

export interface MentorDescriptionView {
  styles: MentorStyle[];
  edgeExperience: boolean;
  languages: Language[];
  line: string | null;
}

/** How the slot's mentor describes themself (styles, experience, languages, a line), for the consultant's social match. */
export function MentorDescription({ name, profile: p }: { name: string; profile: MentorDescriptionView | null }) {
  const t = useT();
  return (
    <section aria-labelledby="mentor-heading">
      <h2 id="mentor-heading">{t("ranking.mentor", { name })}</h2>
      {p && (p.styles.length > 0 || p.line || p.edgeExperience || p.languages.length > 0) ? (
        <p>
          {p.styles.map((s) => t(`mentorStyle.${s}`)).join(", ")}
          {p.edgeExperience ? `${p.styles.length ? " · " : ""}${t("mentor.edgeExperienceYes")}` : ""}
          {p.languages.length ? `${p.styles.length || p.edgeExperience ? " · " : ""}${p.languages.map((l) => t(`language.${l}`)).join(", ")}` : ""}
          {p.line ? (
            <>
              <br />«{p.line}»
            </>
          ) : null}
        </p>
      ) : (
        <p>{t("ranking.mentorNotDescribed")}</p>
      )}
    </section>
  );
}
