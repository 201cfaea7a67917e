import { csvDate, type Column } from "../data-table";
import { placementColumns, type PlacementRow } from "./placement-columns";

/**
 * The placement list's CSV columns, in the order the CSV has always had: the page's columns
 * (`placementColumns`, their csv values) with the CSV-only ones between them — the slot, the
 * dates, the status and week number, and on the jobcentre's side how it ended and the status
 * three months on. Apart from the page's columns so that the list pages, which import those, are
 * not sent these headers and values (decision 077). The CSV leaves the citizen out on the company
 * side: only the jobcentre takes candidate data out of the portal.
 */
export function placementCsvColumns(view: { base: "/company/placements" | "/jobcentre/placements"; showCompany: boolean }): Column<PlacementRow>[] {
  const page = new Map(placementColumns(view).map((c) => [c.key, c]));
  const shown = (key: string) => page.get(key)!;
  const columns: Column<PlacementRow>[] = [
    shown("citizen"),
    { key: "slot", header: "field.slotTitle", csv: (p) => p.slotTitle },
    ...(view.showCompany ? [shown("company")] : []),
    shown("mentor"),
    shown("period"),
    { key: "start", header: "field.startDate", csv: (p) => csvDate(p.startDate) },
    { key: "end", header: "ending.plannedEnd", csv: (p) => csvDate(p.plannedEndDate) },
    shown("week"),
    { key: "status", header: "field.status", csv: (p, { t }) => t(`placementStatus.${p.status}`) },
    { key: "weekNumber", header: "placement.weekNow", csv: (p) => p.week },
    shown("hours"),
    shown("flags"),
  ];
  // Outcomes are about the citizen: only the jobcentre's page and CSV carry them.
  if (view.showCompany) {
    columns.push(
      { key: "endKind", header: "csv.endKind", csv: (p, { t }) => (p.endKind ? t(`endKind.${p.endKind}`) : null) },
      { key: "endedOn", header: "csv.endedOn", csv: (p) => csvDate(p.endedOn ?? null) },
      shown("outcome"),
      { key: "outcomeHours", header: "csv.outcomeHours", csv: (p) => p.outcomeHours },
      { key: "statusCategory", header: "csv.statusCategory", csv: (p, { t }) => (p.statusCategory ? t(`statusCategory.${p.statusCategory}`) : null) },
      { key: "statusHours", header: "csv.statusHours", csv: (p) => p.statusHours },
    );
  }
  return columns;
}
