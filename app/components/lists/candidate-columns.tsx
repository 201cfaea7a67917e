import type { AgeBand, ConsentStatus, TargetGroup } from "~/domain/candidates/vocabulary";
import { formatCalendarDate, formatNumber } from "~/i18n/translate";
import { csvDate, type Column } from "../data-table";

export interface CandidateRow {
  id: number;
  alias: string;
  ageBand: AgeBand;
  postcode: string;
  targetGroup: TargetGroup;
  hoursNow: number;
  goalHours: number | null;
  responsible: string;
  consentStatus: ConsentStatus;
  consentExpiresOn: string | null;
  openProposal: boolean;
}

const showsExpiry = (c: CandidateRow) => c.consentExpiresOn != null && (c.consentStatus === "valid" || c.consentStatus === "expiring");

/** The consultant's candidate list (and its CSV, for the jobcentre only: it holds the target group). */
export const candidateColumns: Column<CandidateRow>[] = [
  {
    key: "alias",
    header: "field.candidateAlias",
    sortKey: "alias",
    cell: (c, { t }) => (
      <>
        <a href={`/jobcentre/candidates/${c.id}`}>{c.alias}</a>
        {c.openProposal ? <span className="form-hint"> · {t("candidates.hasOpenProposal")}</span> : null}
      </>
    ),
    csv: (c) => c.alias,
  },
  { key: "openProposal", header: "candidates.hasOpenProposal", csv: (c, { t }) => (c.openProposal ? t("csv.yes") : t("csv.no")) },
  { key: "ageBand", header: "field.ageBand", cell: (c, { t }) => t(`ageBand.${c.ageBand}`), csv: (c, { t }) => t(`ageBand.${c.ageBand}`) },
  { key: "targetGroup", header: "field.targetGroup", cell: (c, { t }) => t(`targetGroup.${c.targetGroup}`), csv: (c, { t }) => t(`targetGroup.${c.targetGroup}`) },
  {
    key: "hours",
    header: "candidates.hoursColumn",
    sortKey: "hours",
    sortDirection: "descending",
    cell: (c, { locale }) => `${formatNumber(locale, c.hoursNow)}${c.goalHours != null ? ` → ${formatNumber(locale, c.goalHours)}` : ""}`,
  },
  { key: "hoursNow", header: "field.hoursNow", csv: (c) => c.hoursNow },
  { key: "goalHours", header: "field.goalHours", csv: (c) => c.goalHours },
  { key: "postcode", header: "field.postcode", cell: (c) => c.postcode, csv: (c) => c.postcode },
  {
    key: "consent",
    header: "field.consentStatus",
    sortKey: "consent",
    cell: (c, { t, locale }) => (
      <>
        {t(`consentStatus.${c.consentStatus}`)}
        {showsExpiry(c) ? <span className="form-hint"> ({t("candidates.until", { date: formatCalendarDate(locale, c.consentExpiresOn!) })})</span> : null}
      </>
    ),
    csv: (c, { t }) => t(`consentStatus.${c.consentStatus}`),
  },
  { key: "consentExpires", header: "candidates.consentExpires", csv: (c) => (showsExpiry(c) ? csvDate(c.consentExpiresOn) : null) },
  { key: "responsible", header: "field.responsible", cell: (c) => c.responsible, csv: (c) => c.responsible },
];
