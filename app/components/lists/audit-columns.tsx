import type { AuditEvent } from "~/domain/audit/events";
import { formatDateTime } from "~/i18n/translate";
import { csvDateTime, type Column } from "../data-table";

export interface AuditRow {
  id: number;
  at: Date | string;
  event: AuditEvent;
  actorLabel: string | null;
  actorOrganisation: string | null;
  /** The details in the reader's language, written by the loader (auditDetailText). */
  detailText: string;
  ip: string | null;
}

export const auditColumns: Column<AuditRow>[] = [
  { key: "at", header: "audit.when", cell: (r, { locale }) => formatDateTime(locale, r.at), csv: (r) => csvDateTime(r.at) },
  { key: "event", header: "audit.event", cell: (r, { t }) => t(`auditEvent.${r.event}`), csv: (r, { t }) => t(`auditEvent.${r.event}`) },
  { key: "who", header: "audit.who", cell: (r) => r.actorLabel ?? "–", csv: (r) => r.actorLabel },
  { key: "organisation", header: "field.organisation", cell: (r) => r.actorOrganisation ?? "–", csv: (r) => r.actorOrganisation },
  {
    key: "details",
    header: "audit.details",
    cell: (r, { t }) => (r.ip ? `${r.detailText}${r.detailText ? " " : ""}(${t("audit.ip")}: ${r.ip})` : r.detailText),
    csv: (r) => r.detailText,
  },
  { key: "ip", header: "audit.ip", csv: (r) => r.ip },
];
