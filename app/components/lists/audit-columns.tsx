import type { AuditEvent } from "~/domain/audit/events";
import { formatDateTime } from "~/i18n/translate";
import { csvDateTime, type Column } from "../data-table";
import { auditDetailText } from "./audit-details";

export interface AuditRow {
  id: number;
  at: Date | string;
  event: AuditEvent;
  actorLabel: string | null;
  actorOrganisation: string | null;
  details: Record<string, string | number | boolean | null> | null;
  ip: string | null;
  /** A catalogue task named in the details, by its title in both languages. */
  catalogueTitle?: { da: string; en: string } | null;
}

export const auditColumns: Column<AuditRow>[] = [
  { key: "at", header: "audit.when", cell: (r, { locale }) => formatDateTime(locale, r.at), csv: (r) => csvDateTime(r.at) },
  { key: "event", header: "audit.event", cell: (r, { t }) => t(`auditEvent.${r.event}`), csv: (r, { t }) => t(`auditEvent.${r.event}`) },
  { key: "who", header: "audit.who", cell: (r) => r.actorLabel ?? "–", csv: (r) => r.actorLabel },
  { key: "organisation", header: "field.organisation", cell: (r) => r.actorOrganisation ?? "–", csv: (r) => r.actorOrganisation },
  {
    key: "details",
    header: "audit.details",
    cell: (r, { t, locale }) => {
      const text = auditDetailText({ ...r, catalogueTitle: r.catalogueTitle?.[locale] }, t, locale);
      return r.ip ? `${text}${text ? " " : ""}(${t("audit.ip")}: ${r.ip})` : text;
    },
    csv: (r, { t, locale }) => auditDetailText({ ...r, catalogueTitle: r.catalogueTitle?.[locale] }, t, locale),
  },
  { key: "ip", header: "audit.ip", csv: (r) => r.ip },
];
