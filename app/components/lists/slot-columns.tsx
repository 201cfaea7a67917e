import type { SlotKind } from "~/domain/slots/vocabulary";
import { formatCalendarDate, formatDateTime, type MessageKey } from "~/i18n/translate";
import { csvDateTime, type Column } from "../data-table";

export interface CompanySlotRow {
  id: number;
  title: string;
  workplaceName: string;
  kind: SlotKind;
  startDate: string;
  seats: number;
  statusKey: MessageKey;
  nextKey: MessageKey;
}

/** HR's and the mentor's slot list; only HR sees the next step. */
export function companySlotColumns(view: { isHr: boolean }): Column<CompanySlotRow>[] {
  const columns: Column<CompanySlotRow>[] = [
    {
      key: "title",
      header: "field.slotTitle",
      cell: (s) => (
        <>
          <a href={`/company/slots/${s.id}`}>{s.title}</a>
          <br />
          <span className="form-hint">{s.workplaceName}</span>
        </>
      ),
      csv: (s) => s.title,
    },
    { key: "workplace", header: "field.workplace", csv: (s) => s.workplaceName },
    { key: "kind", header: "field.slotKind", cell: (s, { t }) => t(`slotKind.${s.kind}`), csv: (s, { t }) => t(`slotKind.${s.kind}`) },
    { key: "start", header: "field.startDate", cell: (s, { locale }) => formatCalendarDate(locale, s.startDate), csv: (s) => s.startDate },
    { key: "seats", header: "field.seats", numeric: true, cell: (s) => s.seats, csv: (s) => s.seats },
    { key: "status", header: "field.status", cell: (s, { t }) => t(s.statusKey), csv: (s, { t }) => t(s.statusKey) },
  ];
  if (view.isHr) columns.push({ key: "next", header: "slots.next", cell: (s, { t }) => t(s.nextKey), csv: (s, { t }) => t(s.nextKey) });
  return columns;
}

export interface ReviewRow {
  id: number;
  title: string;
  companyName: string;
  kind: SlotKind;
  startDate: string;
  submittedAt: Date | string | null;
}

export const reviewColumns: Column<ReviewRow>[] = [
  { key: "title", header: "field.slotTitle", cell: (s) => <a href={`/jobcentre/slots/${s.id}`}>{s.title}</a>, csv: (s) => s.title },
  { key: "company", header: "field.company", cell: (s) => s.companyName, csv: (s) => s.companyName },
  { key: "kind", header: "field.slotKind", cell: (s, { t }) => t(`slotKind.${s.kind}`), csv: (s, { t }) => t(`slotKind.${s.kind}`) },
  { key: "start", header: "field.startDate", cell: (s, { locale }) => formatCalendarDate(locale, s.startDate), csv: (s) => s.startDate },
  {
    key: "submitted",
    header: "review.submitted",
    cell: (s, { locale }) => (s.submittedAt ? formatDateTime(locale, s.submittedAt) : "–"),
    csv: (s) => csvDateTime(s.submittedAt),
  },
];
