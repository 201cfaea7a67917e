import type { DeclineReason, ProposalStatus } from "~/domain/proposals/vocabulary";
import { formatCalendarDate, formatDate } from "~/i18n/translate";
import { csvDate, type Column } from "../data-table";

export interface JobcentreProposalRow {
  id: number;
  alias: string;
  slotTitle: string;
  companyName: string;
  status: ProposalStatus;
  unanswered: boolean;
  proposedAt: Date | string;
  declineReason: DeclineReason | null;
}

function StatusCell({ label, unanswered, flag }: { label: string; unanswered: boolean; flag: string }) {
  return (
    <>
      {label}
      {unanswered ? <strong className="form-error-message"> {flag}</strong> : null}
    </>
  );
}

/** The jobcentre's proposals (and their CSV, for the jobcentre only). */
export const jobcentreProposalColumns: Column<JobcentreProposalRow>[] = [
  { key: "alias", header: "field.candidateAlias", cell: (p) => <a href={`/jobcentre/proposals/${p.id}`}>{p.alias}</a>, csv: (p) => p.alias },
  { key: "slot", header: "field.slotTitle", cell: (p) => p.slotTitle, csv: (p) => p.slotTitle },
  { key: "company", header: "field.company", cell: (p) => p.companyName, csv: (p) => p.companyName },
  {
    key: "status",
    header: "field.status",
    cell: (p, { t }) => (
      <>
        <StatusCell label={t(`proposalStatus.${p.status}`)} unanswered={p.unanswered} flag={t("proposals.unanswered")} />
        {p.declineReason ? <span className="form-hint"> {t(`declineReason.${p.declineReason}`)}</span> : null}
      </>
    ),
    csv: (p, { t }) => t(`proposalStatus.${p.status}`),
  },
  { key: "unanswered", header: "proposals.unanswered", csv: (p, { t }) => (p.unanswered ? t("csv.yes") : t("csv.no")) },
  { key: "proposedAt", header: "proposals.proposedOn", cell: (p, { locale }) => formatDate(locale, p.proposedAt), csv: (p) => csvDate(p.proposedAt) },  { key: "declineReason", header: "field.declineReason", csv: (p, { t }) => (p.declineReason ? t(`declineReason.${p.declineReason}`) : "") },
];

export interface CompanyProposalRow {
  id: number;
  /** False once consent no longer covers the company: no name, no link. */
  available: boolean;
  alias: string | null;
  slotTitle: string;
  status: ProposalStatus;
  unanswered: boolean;
  meetingDate: string | null;
  meetingTime: string | null;
  proposedAt: Date | string;
}

/**
 * HR's and the mentor's proposals. The CSV leaves the citizen out (no alias: candidate data leaves
 * the portal only through the jobcentre, docs/decisions/034): the company follows its answers per
 * slot — status, unanswered, meeting, proposed on. A proposal no longer covered by consent shows
 * nothing but its slot and day, on the page and in the file.
 */
export const companyProposalColumns: Column<CompanyProposalRow>[] = [
  { key: "alias", header: "field.candidateAlias", cell: (p, { t }) => (p.available ? <a href={`/company/proposals/${p.id}`}>{p.alias}</a> : t("proposals.noLongerAvailable")) },
  { key: "slot", header: "field.slotTitle", cell: (p) => p.slotTitle, csv: (p) => p.slotTitle },
  {
    key: "status",
    header: "field.status",
    cell: (p, { t, locale }) =>
      p.available ? (
        <>
          <StatusCell label={t(`proposalStatus.${p.status}`)} unanswered={p.unanswered} flag={t("proposals.unanswered")} />
          {p.meetingDate ? (
            <span className="form-hint">
              {" "}
              {formatCalendarDate(locale, p.meetingDate)} {p.meetingTime}
            </span>
          ) : null}
        </>
      ) : (
        "–"
      ),
    csv: (p, { t }) => (p.available ? t(`proposalStatus.${p.status}`) : t("proposals.noLongerAvailable")),
  },
  { key: "unanswered", header: "proposals.unanswered", csv: (p, { t }) => (p.available && p.unanswered ? t("csv.yes") : t("csv.no")) },
  { key: "meeting", header: "proposals.meetingCsv", csv: (p) => (p.available && p.meetingDate ? `${p.meetingDate} ${p.meetingTime ?? ""}`.trim() : null) },
  { key: "proposedAt", header: "proposals.proposedOn", cell: (p, { locale }) => formatDate(locale, p.proposedAt), csv: (p) => csvDate(p.proposedAt) },
];
