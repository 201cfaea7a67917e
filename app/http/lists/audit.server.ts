import { auditColumns, type AuditRow } from "~/components/lists/audit-columns";
import { auditDetailText } from "~/components/lists/audit-details";
import { DEFAULT_LOCALE } from "~/i18n/locales";
import { translator } from "~/i18n/translate";
import { auditFilterTargets, catalogueTitles, listAuditLog, type AuditPage } from "~/domain/audit/queries.server";
import { parseAuditFilters, type AuditFilters } from "../filters/audit";
import { keysetRequest } from "../filters/keyset";
import type { ListDefinition } from "../list.server";

/**
 * The jobcentre's audit log, newest first, for its administrator; the page by keyset (?older=,
 * ?newer=, ?oldest=1), filtered by event, company, person and days (issue 9.13).
 */
export const auditList: ListDefinition<AuditRow, AuditFilters & { unknownCompany: boolean; unknownUser: boolean }, AuditPage<AuditRow>> = {
  name: "audit-log",
  fileKey: "title.audit",
  roles: ["jobcentre_admin"],
  load(ctx, { search, pageSize, locale = DEFAULT_LOCALE }) {
    const t = translator(locale);
    const filters = parseAuditFilters(search);
    const { companyIds, userIds } = auditFilterTargets(ctx, filters);
    // The CSV (pageSize set) is always the newest rows, up to the export limit.
    const result = listAuditLog(ctx, {
      page: pageSize ? { kind: "newest" } : keysetRequest(search),
      pageSize,
      event: filters.event,
      companyIds,
      userIds,
      from: filters.from,
      to: filters.to,
    });
    const titles = catalogueTitles(
      ctx,
      result.rows.flatMap((r) => (typeof r.details?.catalogueKey === "string" ? [r.details.catalogueKey] : [])),
    );
    return {
      filters: { ...filters, unknownCompany: companyIds?.length === 0, unknownUser: userIds?.length === 0 },
      result: {
        ...result,
        rows: result.rows.map((r) => ({
          id: r.id,
          at: r.at,
          event: r.event,
          actorLabel: r.actorLabel,
          actorOrganisation: r.actorOrganisation,
          // Written here: a detail's value names keys of every area (statuses, roles, reasons), which
          // the page's messages do not carry (decision 043).
          detailText: auditDetailText(
            { event: r.event, details: r.details, catalogueTitle: typeof r.details?.catalogueKey === "string" ? (titles.get(r.details.catalogueKey)?.[locale] ?? null) : null },
            t,
            locale,
          ),
          ip: r.ip,
        })),
      },
    };
  },
  columns: () => auditColumns,
};
