import type { Industry } from "~/domain/companies/vocabulary";
import type { SlotKind } from "~/domain/slots/vocabulary";
import { formatCalendarDate, formatNumber } from "~/i18n/translate";
import { csvDate, type Column } from "../data-table";

export interface BoardRow {
  id: number;
  title: string;
  companyName: string;
  industry: Industry;
  kind: SlotKind;
  postcode: string;
  city: string;
  distanceKm: number | null;
  startDate: string;
  startHours: number;
  targetHours: number;
  seats: number;
  /** Calendar days since the slot opened (0: opened today). */
  daysOpen: number;
}

export const boardColumns: Column<BoardRow>[] = [
  { key: "title", header: "field.slotTitle", cell: (s) => <a href={`/jobcentre/slots/${s.id}`}>{s.title}</a>, csv: (s) => s.title },
  {
    key: "company",
    header: "field.company",
    cell: (s, { t }) => (
      <>
        {s.companyName}
        <br />
        <span className="form-hint">{t(`industry.${s.industry}`)}</span>
      </>
    ),
    csv: (s) => s.companyName,
  },
  { key: "industry", header: "field.industry", csv: (s, { t }) => t(`industry.${s.industry}`) },
  { key: "kind", header: "field.slotKind", cell: (s, { t }) => t(`slotKind.${s.kind}`), csv: (s, { t }) => t(`slotKind.${s.kind}`) },
  {
    key: "where",
    header: "board.where",
    sortKey: "distance",
    cell: (s, { t, locale }) => (
      <>
        {s.postcode} {s.city}
        {s.distanceKm != null ? <span className="form-hint"> ({t("board.km", { km: formatNumber(locale, Math.round(s.distanceKm)) })})</span> : null}
      </>
    ),
    csv: (s) => `${s.postcode} ${s.city}`,
  },
  {
    key: "distance",
    header: "board.distanceColumn",
    csv: (s) => (s.distanceKm == null ? null : Math.round(s.distanceKm)),
  },
  { key: "start", header: "field.startDate", sortKey: "start", cell: (s, { locale }) => formatCalendarDate(locale, s.startDate), csv: (s) => csvDate(s.startDate) },
  {
    key: "hours",
    header: "board.hoursColumn",
    sortKey: "hours",
    cell: (s, { locale }) => `${formatNumber(locale, s.startHours)} → ${formatNumber(locale, s.targetHours)}`,
  },
  { key: "startHours", header: "field.startHours", csv: (s) => s.startHours },
  { key: "targetHours", header: "field.targetHours", csv: (s) => s.targetHours },
  { key: "seats", header: "field.seats", numeric: true, cell: (s) => s.seats, csv: (s) => s.seats },
  {
    key: "daysOpen",
    header: "board.daysOpen",
    sortKey: "oldest",
    numeric: true,
    cell: (s, { t }) => t("board.daysOpenValue", { count: s.daysOpen }),
    csv: (s) => s.daysOpen,
  },
];

/**
 * Everything a board row's cells read besides the language (decision 083: the board's rows are
 * drawn once per this key and language and kept). A field added to the row and read by a cell
 * must be added here; board-kept.test.tsx compares kept and drawn rows over many rows.
 */
export const boardRowKey = (s: BoardRow): string =>
  `${s.id}\u0000${s.title}\u0000${s.companyName}\u0000${s.industry}\u0000${s.kind}\u0000${s.postcode}\u0000${s.city}\u0000${s.distanceKm}\u0000${s.startDate}\u0000${s.startHours}\u0000${s.targetHours}\u0000${s.seats}\u0000${s.daysOpen}`;
