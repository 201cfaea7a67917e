import type { ReactNode } from "react";
import type { AgeBand, LanguageSkill, MentorStyle, SupportNeed, TargetGroup, Transport } from "~/domain/candidates/vocabulary";
import type { Industry } from "~/domain/companies/vocabulary";
import type { Weekday } from "~/domain/slots/vocabulary";
import type { Chore } from "~/domain/tasks/vocabulary";
import { formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

/**
 * A candidate's profile as one reader may see it. The jobcentre passes every section (and the
 * target group and responsible consultant); a company only the sections consent shares, so a
 * section left null is not shown at all.
 */
export interface ProfileView {
  ageBand: AgeBand;
  postcode: string;
  strengths: string;
  languages: readonly LanguageSkill[];
  hoursNow: number;
  goalHours: number | null;
  days: readonly Weekday[];
  transport: readonly Transport[];
  maxTravelKm?: number;
  wishIndustries: readonly Industry[];
  wishTasks: readonly Chore[];
  mentorStyles: readonly MentorStyle[];
  mentorWish: string | null;
  /** Jobcentre only: the company never sees the target group. */
  targetGroup?: TargetGroup;
  responsibleName?: string;
  experience: { text: string | null; industries: readonly Industry[] } | null;
  support: { needs: readonly SupportNeed[]; text: string | null } | null;
  activities: { text: string | null } | null;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function CandidateProfile({ profile: c }: { profile: ProfileView }) {
  const t = useT();
  const locale = useLocale();
  const list = <V,>(items: readonly V[], label: (v: V) => string) => (items.length ? items.map(label).join(", ") : t("candidate.notStated"));
  return (
    <>
      <h2>{t("section.basic")}</h2>
      <dl className="summary-list">
        <Row label={t("field.ageBand")}>{t(`ageBand.${c.ageBand}`)}</Row>
        <Row label={t("field.postcode")}>{c.postcode}</Row>
        {c.targetGroup ? (
          <Row label={t("field.targetGroup")}>
            {t(`targetGroup.${c.targetGroup}`)} <span className="form-hint">({t("candidate.targetGroupHidden")})</span>
          </Row>
        ) : null}
        <Row label={t("field.strengths")}>{c.strengths}</Row>
        <Row label={t("field.languages")}>{list(c.languages, (l) => `${t(`language.${l.language}`)} (${t(`languageLevel.${l.level}`)})`)}</Row>
        <Row label={t("candidates.hoursColumn")}>
          {formatNumber(locale, c.hoursNow)}
          {c.goalHours != null ? ` → ${formatNumber(locale, c.goalHours)}` : ""}
        </Row>
        <Row label={t("field.daysAvailable")}>{list(c.days, (v) => t(`weekdayInText.${v}`))}</Row>
        <Row label={t("field.transport")}>
          {list(c.transport, (v) => t(`transport.${v}`))}
          {c.maxTravelKm != null ? ` · ${t("candidate.upToKm", { km: c.maxTravelKm })}` : ""}
        </Row>
        <Row label={t("field.wishIndustries")}>{list(c.wishIndustries, (v) => t(`industry.${v}`))}</Row>
        <Row label={t("field.wishTasks")}>{list(c.wishTasks, (v) => t(`chore.${v}`))}</Row>
        <Row label={t("field.mentorStyles")}>
          {list(c.mentorStyles, (v) => t(`mentorStyle.${v}`))}
          {c.mentorWish ? ` – ${c.mentorWish}` : ""}
        </Row>
        {c.responsibleName ? <Row label={t("field.responsible")}>{c.responsibleName}</Row> : null}
      </dl>
      {c.experience ? (
        <>
          <h2>{t("section.experience")}</h2>
          <dl className="summary-list">
            <Row label={t("field.experience")}>{c.experience.text ?? t("candidate.notStated")}</Row>
            <Row label={t("field.experienceIndustries")}>{list(c.experience.industries, (v) => t(`industry.${v}`))}</Row>
          </dl>
        </>
      ) : null}
      {c.support ? (
        <>
          <h2>{t("section.support")}</h2>
          <dl className="summary-list">
            <Row label={t("field.supportNeeds")}>{list(c.support.needs, (v) => t(`supportNeed.${v}`))}</Row>
            <Row label={t("field.supportText")}>{c.support.text ?? t("candidate.notStated")}</Row>
          </dl>
        </>
      ) : null}
      {c.activities ? (
        <>
          <h2>{t("section.activities")}</h2>
          <p>{c.activities.text ?? t("candidate.notStated")}</p>
        </>
      ) : null}
    </>
  );
}
