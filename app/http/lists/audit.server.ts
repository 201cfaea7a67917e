import { z } from "zod";
import { auditColumns, type AuditRow } from "~/components/lists/audit-columns";
import { AUDIT_EVENTS, type AuditEvent } from "~/domain/audit/events";
import { listAuditLog, type AuditPage } from "~/domain/audit/queries.server";
import { keysetRequest } from "../filters/keyset";
import type { ListDefinition } from "../list.server";

/** The jobcentre's audit log, newest first, for its administrator; the page by keyset (?older=, ?newer=, ?oldest=1). */
export const auditList: ListDefinition<AuditRow, { event?: AuditEvent }, AuditPage<AuditRow>> = {
  name: "audit-log",
  fileKey: "title.audit",
  roles: ["jobcentre_admin"],
  load(ctx, { search, pageSize }) {
    const event = z.enum(AUDIT_EVENTS).optional().catch(undefined).parse(search.get("event") || undefined);
    // The CSV (pageSize set) is always the newest rows, up to the export limit.
    const result = listAuditLog(ctx, { page: pageSize ? { kind: "newest" } : keysetRequest(search), pageSize, event });
    return {
      filters: { event },
      result: {
        ...result,
        rows: result.rows.map((r) => ({
          id: r.id,
          at: r.at,
          event: r.event,
          actorLabel: r.actorLabel,
          actorOrganisation: r.actorOrganisation,
          details: r.details,
          ip: r.ip,
        })),
      },
    };
  },
  columns: () => auditColumns,
};
