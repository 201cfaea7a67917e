import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify/sync";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import type { Column, CsvValue } from "~/components/data-table";
import type { Ctx } from "~/domain/actor";
import { recordAudit } from "~/domain/shared/audit.server";
import { EXPORT_MAX_ROWS, type Page } from "~/domain/pagination";
import { pageParam } from "~/domain/page-param";
import type { Role } from "~/domain/users/schema";
import { localeFromRequest } from "~/i18n/locale.server";
import type { Locale } from "~/i18n/locales";
import { translate, translator, type MessageKey } from "~/i18n/translate";
import { orHttpError } from "./forms.server";


export interface ListRequest {
  search: URLSearchParams;
  params: LoaderFunctionArgs["params"];
  page: number;
  /** Set for the CSV download: every row up to the export limit. */
  pageSize?: number;
  /** The reader's language, for a list that writes text on the server (the audit log's details); Danish if not given. */
  locale?: Locale;
}

/**
 * A list as data: who may read it, how it reads its filters and rows for the actor, and its
 * columns. The page and its CSV download both go through `load`, so the download shows exactly
 * the rows the page would (same roles, same tenant scope, same filters).
 */
export interface ListDefinition<Row, Filters extends object, Result extends { rows: Row[]; total: number } = Page<Row>> {
  /** Names the list in the audit log. */
  name: string;
  /** The file name stem (translated). */
  fileKey: MessageKey;
  roles: readonly Role[];
  /** The rows are about candidates (citizens): only the jobcentre may take them out as CSV. */
  candidateData?: boolean;
  load(ctx: Ctx, request: ListRequest): { filters: Filters; result: Result };
  /** The columns for this actor and these filters (the CSV uses the ones with a csv value). */
  columns(ctx: Ctx, filters: Filters): readonly Column<Row>[];
}

/**
 * What a list's page reads of its definition: the roles and `load`. A page may import these from
 * a module without the CSV's columns, so that it is not sent their messages (decision 077).
 */
export type ListPage<Row, Filters extends object, Result extends { rows: Row[]; total: number } = Page<Row>> = Pick<ListDefinition<Row, Filters, Result>, "roles" | "load">;

/** For the page's loader: the guard, the filters and one page of rows. */
export function loadList<Row, Filters extends object, Result extends { rows: Row[]; total: number }>(args: LoaderFunctionArgs, list: ListPage<Row, Filters, Result>) {
  const ctx = requireRole(args, list.roles);
  const search = new URL(args.request.url).searchParams;
  const { filters, result } = orHttpError(() => list.load(ctx, { search, params: args.params, page: pageParam.parse(search.get("page")), locale: localeFromRequest(args.request) }));
  return { ctx, filters, result };
}

function csvCell(value: CsvValue): string | number {
  if (value == null) return "";
  if (typeof value === "number") return value;
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** UTF-8 with BOM, semicolons, CRLF, and cells starting with = + - @ made inert (formula injection). */
export function toCsv(headers: string[], records: (string | number)[][]): string {
  return stringify(records, {
    bom: true,
    delimiter: ";",
    record_delimiter: "windows",
    header: true,
    columns: headers.map((h, i) => ({ key: String(i), header: h })),
    escape_formulas: true,
    // A number the way Danish Excel reads it: decimal comma, no thousands separator.
    cast: { number: (n) => String(n).replace(".", ",") },
  });
}

/** A file name stem any system takes: æøå spelled out, anything else but letters and digits a dash. */
export function asciiFileName(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The filters as flat audit details (`filter.status: open`, `filter.maxDemand.physical: 2`); paging left out. */
export function auditFilters(filters: object, prefix = "filter"): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(filters) as [string, unknown][]) {
    if (k === "page" || v === undefined || v === null || v === "" || v === false || (Array.isArray(v) && v.length === 0)) continue;
    if (Array.isArray(v)) out[`${prefix}.${k}`] = v.join(",");
    else if (typeof v === "object") Object.assign(out, auditFilters(v, `${prefix}.${k}`));
    else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[`${prefix}.${k}`] = v;
  }
  return out;
}

/**
 * The loader of a list's `.csv` route: the same guard and rows as the page (all pages, up to
 * the export limit), the same columns, and an audit row saying who took which list with which
 * filters. A plain GET, so the link works without JavaScript.
 */
export function csvLoader<Row, Filters extends object, Result extends { rows: Row[]; total: number }>(list: ListDefinition<Row, Filters, Result>) {
  // Checked when the route module loads, so such a download cannot even be served.
  if (list.candidateData && list.roles.some((role) => !(JOBCENTRE_STAFF as readonly Role[]).includes(role))) {
    throw new Error(`the list "${list.name}" holds candidate data: only jobcentre staff may download it`);
  }
  return (args: LoaderFunctionArgs): Response => {
    const ctx = requireRole(args, list.roles);
    const search = new URL(args.request.url).searchParams;
    const locale = localeFromRequest(args.request);
    const { filters, result } = orHttpError(() => list.load(ctx, { search, params: args.params, page: 1, pageSize: EXPORT_MAX_ROWS, locale }));
    if (result.total > EXPORT_MAX_ROWS) {
      return new Response(translate(locale, "list.csvTooMany", { max: EXPORT_MAX_ROWS }), {
        status: 413,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    const f = { t: translator(locale), locale };
    const columns = list.columns(ctx, filters).filter((c) => c.csv);
    const body = toCsv(
      columns.map((c) => f.t(c.header)),
      result.rows.map((row) => columns.map((c) => csvCell(c.csv!(row, f)))),
    );
    recordAudit(ctx.db, ctx, "list.exported", { type: "list" }, { list: list.name, rows: result.rows.length, ...auditFilters(filters) });
    const stem = `${asciiFileName(f.t(list.fileKey))}-${ctx.now.toISOString().slice(0, 10)}`;
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${stem}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  };
}
