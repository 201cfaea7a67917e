import { z } from "zod";
import { auditColumns, type AuditRow } from "~/components/lists/audit-columns";
import { AUDIT_EVENTS, type AuditEvent } from "~/domain/audit/events";
import { listAuditLog } from "~/domain/audit/queries.server";
import type { ListDefinition } from "../list.server";

/** The jobcentre's audit log, newest first, for its administrator. */
export const auditList: ListDefinition<AuditRow, { event?: AuditEvent }> = {
  name: "audit-log",
  fileKey: "title.audit",
  roles: ["jobcentre_admin"],
  load(ctx, { search, page, pageSize }) {
    const event = z.enum(AUDIT_EVENTS).optional().catch(undefined).parse(search.get("event") || undefined);
    const result = listAuditLog(ctx, { page, pageSize, event });
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
