import type { ReactNode } from "react";
import { useLocation } from "@remix-run/react";
import { EXPORT_MAX_ROWS } from "~/domain/pagination";
import type { Locale } from "~/i18n/locales";
import type { MessageKey, T } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { Kept } from "./kept-markup";
import { Pagination } from "./pagination";

export interface Format {
  t: T;
  locale: Locale;
}

/** What a column puts in the CSV: numbers get a decimal comma, dates ISO form, text as is. */
export type CsvValue = string | number | Date | null | undefined;

/**
 * One column of a list, as data: the page's table and the CSV download are both made from
 * the same list of columns, so they cannot drift apart.
 */
export interface Column<Row> {
  /** Stable name of the column. */
  key: string;
  header: MessageKey;
  /** The table cell; a column without one is in the CSV only (e.g. a CVR the page shows elsewhere). */
  cell?: (row: Row, f: Format) => ReactNode;
  /** The CSV value; a column without one (an action, a form) is left out of the CSV. */
  csv?: (row: Row, f: Format) => CsvValue;
  /** The `?sort=` value that orders the list by this column; makes the header a link. */
  sortKey?: string;
  /** Which way that sort runs (for screen readers); ascending unless said. */
  sortDirection?: "ascending" | "descending";
  numeric?: boolean;
}

/** `?…` of the current URL without `page` (and with the given changes): filters stay, paging restarts. */
export function searchWith(search: string, changes: Record<string, string> = {}): string {
  const params = new URLSearchParams(search);
  params.delete("page");
  for (const [k, v] of Object.entries(changes)) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/**
 * The sort headers' addresses: `searchWith(search, { sort })` after `pathname` for each sort key,
 * with the current `?…` read once per table instead of once per header (decision 073).
 */
export function sortHrefs(pathname: string, search: string): (sort: string) => string {
  const params = new URLSearchParams(search);
  params.delete("page");
  return (sort) => {
    params.set("sort", sort);
    return `${pathname}?${params.toString()}`;
  };
}

/**
 * A list page's count, table, CSV link and pagination. On a phone each row becomes a
 * stacked block of "label: value" lines, so nothing scrolls sideways.
 */
export function DataTable<Row>(props: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  total: number;
  /** Message with {count}, e.g. the slot list's count of slots; leave out where the heading says it. */
  countKey?: MessageKey;
  /** For a list counted only up to the export limit (the audit log): said with {max} instead of a count above it. */
  countMoreKey?: MessageKey;
  /** The list's CSV address (the current filters are added); leave out for no download. */
  csvHref?: string;
  /** The list's current `?sort=` value, when its headers sort. */
  sort?: string;
  page?: number;
  pageSize?: number;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /**
   * Each row's cells drawn once and kept (decision 083): `key` names everything the row's cells
   * read besides the language (the table adds it), `on` is what they are kept with (the list's
   * columns), at most `limit` rows. Only for cells that use no hooks and read nothing but the row
   * and `t`/the locale.
   */
  keptRows?: { on: object; key: (row: Row) => string; limit: number };
}) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const f = { t, locale };
  const { rows, total } = props;
  const columns = props.columns.filter((c) => c.cell);
  // Each cell repeats its column's header for the phone layout: translated once per column, not per row.
  const labels = columns.map((c) => t(c.header));
  const sortHref = props.sort !== undefined && columns.some((c) => c.sortKey) ? sortHrefs(location.pathname, location.search) : null;
  return (
    <div className="data-table">
      <div className="data-table__meta">
        {props.countKey ? (
          <p role="status">{props.countMoreKey && total > EXPORT_MAX_ROWS ? t(props.countMoreKey, { max: EXPORT_MAX_ROWS }) : t(props.countKey, { count: total })}</p>
        ) : null}
        {props.csvHref && total > 0 ? (
          total <= EXPORT_MAX_ROWS ? (
            <a className="function-link" href={`${props.csvHref}${searchWith(location.search)}`} download>
              {t("list.csv", { count: total })}
            </a>
          ) : (
            <p className="form-hint">{t("list.csvTooMany", { max: EXPORT_MAX_ROWS })}</p>
          )
        ) : null}
      </div>
      {rows.length > 0 ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={props.caption}>
          <table className="table table--compact data-table__table">
            <caption className="sr-only">{props.caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => {
                  const current = props.sort !== undefined && c.sortKey === props.sort;
                  return (
                    <th key={c.key} scope="col" className={c.numeric ? "text-align-right" : undefined} aria-sort={current ? (c.sortDirection ?? "ascending") : undefined}>
                      {c.sortKey && sortHref && !current ? (
                        <a href={sortHref(c.sortKey)}>
                          {t(c.header)}
                          <span className="sr-only"> – {t("list.sortBy")}</span>
                        </a>
                      ) : (
                        <>
                          {t(c.header)}
                          {current ? <span className="form-hint"> ({t("list.sorted")})</span> : null}
                        </>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const cells = () =>
                  columns.map((c, i) => (
                    <td key={c.key} data-label={labels[i]} className={c.numeric ? "text-align-right" : undefined}>
                      {c.cell!(row, f)}
                    </td>
                  ));
                const kept = props.keptRows;
                return kept ? (
                  <Kept key={props.rowKey(row)} as="tr" props={NO_PROPS} on={kept.on} keptKey={`${locale}\u0000${kept.key(row)}`} limit={kept.limit}>
                    {cells}
                  </Kept>
                ) : (
                  <tr key={props.rowKey(row)}>{cells()}</tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : total === 0 || !(props.page && props.pageSize) ? (
        (props.empty ?? null)
      ) : null}
      {props.page && props.pageSize ? <Pagination page={props.page} total={total} pageSize={props.pageSize} /> : null}
    </div>
  );
}

const NO_PROPS: Record<string, string | undefined> = {};

// Made once: a formatter with a time zone costs 40–240 µs to make, and a CSV formats every row.
const CSV_DATE = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });
const CSV_DATE_TIME = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", dateStyle: "short", timeStyle: "short" });

/** A calendar date (`2026-03-10`) or instant, as the CSV's date column. */
export function csvDate(value: Date | string | null | undefined): string {
  if (value == null) return "";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return CSV_DATE.format(new Date(value));
}

/** An instant in Danish time, `2026-03-10 14:05`, which Danish Excel reads as a date and time. */
export function csvDateTime(value: Date | string | null | undefined): string {
  if (value == null) return "";
  return CSV_DATE_TIME.format(new Date(value));
}
