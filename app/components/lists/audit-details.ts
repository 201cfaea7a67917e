import type { AuditEvent } from "~/domain/audit/events";
import type { Locale } from "~/i18n/locales";
import { formatCalendarDate, formatNumber, isMessageKey, type MessageKey, type T } from "~/i18n/translate";
type DetailValue = string | number | boolean | null;

/**
 * An audit row's details as a Danish (or English) reader would say them (issue 9.13): every
 * name and value through the catalogue — statuses, roles, kinds, reasons, list names, weekdays
 * and dates — and a task from the catalogue by its title. Pure, so the page and its CSV agree.
 */
export interface AuditDetailsRow {
  event: AuditEvent;
  details: Record<string, DetailValue> | null;
  /** The title of a catalogue task named by `catalogueKey`, in the reader's language. */
  catalogueTitle?: string | null;
}

/** Each detail's label. A key not listed here is shown with the "other" label, never dropped. */
const LABELS = {
  title: "auditDetail.title",
  slotTitle: "auditDetail.title",
  name: "auditDetail.name",
  cvr: "field.cvr",
  email: "auditDetail.email",
  repEmail: "auditDetail.repEmail",
  phone: "auditDetail.phone",
  role: "auditDetail.role",
  status: "auditDetail.status",
  kind: "auditDetail.kind",
  industry: "auditDetail.industry",
  catalogueKey: "auditDetail.catalogueTask",
  pNumber: "auditDetail.pNumber",
  ordinaryFte: "auditDetail.ordinaryFte",
  reason: "auditDetail.reason",
  comment: "auditDetail.comment",
  note: "auditDetail.note",
  candidateId: "auditDetail.candidate",
  slotId: "auditDetail.slot",
  proposalId: "auditDetail.proposal",
  placementId: "auditDetail.placement",
  followUpId: "auditDetail.followUp",
  adjustmentId: "auditDetail.adjustment",
  companyId: "auditDetail.company",
  copiedFrom: "auditDetail.copiedFrom",
  via: "auditDetail.via",
  list: "auditDetail.list",
  rows: "auditDetail.rows",
  scope: "auditDetail.scope",
  sections: "auditDetail.sections",
  companies: "auditDetail.companies",
  expiresOn: "auditDetail.expiresOn",
  startDate: "auditDetail.startDate",
  plannedEndDate: "auditDetail.plannedEndDate",
  fromDate: "auditDetail.fromDate",
  weeklyHours: "auditDetail.weeklyHours",
  hours: "auditDetail.hours",
  days: "auditDetail.days",
  tasks: "auditDetail.tasks",
  week: "auditDetail.week",
  wellBeing: "auditDetail.wellBeing",
  suggestsAdjustment: "auditDetail.suggestsAdjustment",
  meeting: "auditDetail.meeting",
  slotFilled: "auditDetail.slotFilled",
  alreadyHasAccount: "auditDetail.alreadyHasAccount",
  resend: "auditDetail.resend",
  representativeReset: "auditDetail.representativeReset",
  repReset: "auditDetail.representativeReset",
  contactName: "auditDetail.contactName",
  contactEmail: "auditDetail.contactEmail",
  admin: "auditDetail.admin",
  cleared: "auditDetail.cleared",
} as const satisfies Record<string, MessageKey>;

/** Where a value is itself a catalogue key: the prefixes tried, in order. */
const VALUE_PREFIXES: Record<string, readonly string[]> = {
  role: ["role."],
  kind: ["slotKind."],
  industry: ["industry."],
  targetGroup: ["targetGroup."],
  scope: ["consentScope."],
  sections: ["section."],
  days: ["weekday."],
  via: ["auditVia."],
  reason: ["auditReason.", "declineReason.", "withdrawalReason."],
  event: ["auditEvent."],
  status: ["companyStatus.", "slotStatus.", "taskStatus.", "proposalStatus."],
  kinds: ["slotKind."],
};
const LISTS = ["days", "sections", "kinds", "tasks"];
const DATES = ["expiresOn", "startDate", "plannedEndDate", "fromDate"];
const REFERENCES = ["candidateId", "slotId", "proposalId", "placementId", "followUpId", "adjustmentId", "companyId", "copiedFrom"];

/** The status names of the thing the event is about (a slot's "submitted" is not a proposal's). */
function statusPrefix(event: AuditEvent): string[] {
  const area = event.split(".")[0];
  if (area === "slot") return ["slotStatus."];
  if (area === "task") return ["taskStatus."];
  if (area === "proposal") return ["proposalStatus."];
  if (area === "company") return ["companyStatus."];
  if (area === "user") return ["role."];
  return [];
}

/** The list names of list.exported, as their pages are titled. */
const LIST_TITLES: Record<string, MessageKey> = {
  "audit-log": "title.audit",
  candidates: "title.candidates",
  proposals: "title.proposals",
  "company-proposals": "title.proposals",
  "jobcentre-companies": "title.companies",
  "pending-companies": "title.pending",
  workplaces: "title.workplaces",
  colleagues: "title.colleagues",
  staff: "title.staff",
  "company-slots": "title.slots",
  "review-queue": "title.review",
  board: "title.board",
  "company-tasks": "title.tasks",
  "jobcentre-company-tasks": "title.companyTasks",
};

function translated(t: T, prefixes: readonly string[], value: string): string {
  for (const prefix of prefixes) {
    const key = `${prefix}${value}`;
    if (isMessageKey(key)) return t(key);
  }
  return value;
}

function valueText(t: T, locale: Locale, row: AuditDetailsRow, key: string, value: DetailValue): string {
  if (typeof value === "boolean") return t(value ? "auditDetail.yes" : "auditDetail.no");
  if (typeof value === "number") return REFERENCES.includes(key) ? `#${value}` : formatNumber(locale, value);
  if (value === null) return "–";
  if (key === "catalogueKey") return row.catalogueTitle ?? value;
  if (key === "list") {
    const title = LIST_TITLES[value];
    return title ? t(title) : value;
  }
  if (DATES.includes(key)) return formatCalendarDate(locale, value);
  if (key === "meeting") {
    const [day, time] = value.split(" ");
    return `${formatCalendarDate(locale, day)}${time ? ` ${time}` : ""}`;
  }
  const prefixes = key === "from" || key === "to" || key === "status" ? [...statusPrefix(row.event), ...VALUE_PREFIXES.status!] : (VALUE_PREFIXES[key] ?? []);
  if (LISTS.includes(key)) return value.split(",").map((v) => (REFERENCES.includes(key) || key === "tasks" ? `#${v}` : translated(t, prefixes, v))).join(", ");
  return translated(t, prefixes, value);
}

/** One readable part per detail: "Titel: Opvask", "Status: Kladde → Aktiv", "Filter – Status: Godkendt". */
export function auditDetailParts(row: AuditDetailsRow, t: T, locale: Locale): string[] {
  const details = row.details ?? {};
  const parts: string[] = [];
  const hasChange = "from" in details && "to" in details;
  if (hasChange) {
    const label = row.event === "user.role_changed" ? t("auditDetail.role") : row.event === "user.team_changed" ? t("auditDetail.team") : t("auditDetail.status");
    parts.push(`${label}: ${valueText(t, locale, row, "from", details.from ?? null)} → ${valueText(t, locale, row, "to", details.to ?? null)}`);
  }
  for (const [key, value] of Object.entries(details)) {
    if (value === null || value === "" || (hasChange && (key === "from" || key === "to"))) continue;
    if (key.startsWith("filter.")) {
      // list.exported: the filters the list was taken with ("filter.status", "filter.maxDemand.physical").
      const name = key.slice("filter.".length);
      const field = name.split(".")[0]!;
      const label = isMessageKey(`auditFilter.${field}`) ? t(`auditFilter.${field}` as MessageKey) : name;
      parts.push(`${t("auditDetail.filter")} – ${label}: ${valueText(t, locale, row, field, value)}`);
      continue;
    }
    if (key === "from" || key === "to") {
      parts.push(`${t(key === "from" ? "auditDetail.from" : "auditDetail.to")}: ${valueText(t, locale, row, key, value)}`);
      continue;
    }
    const label = key in LABELS ? t(LABELS[key as keyof typeof LABELS]) : `${t("auditDetail.other")} (${key})`;
    parts.push(`${label}: ${valueText(t, locale, row, key, value)}`);
  }
  return parts;
}

export function auditDetailText(row: AuditDetailsRow, t: T, locale: Locale): string {
  return auditDetailParts(row, t, locale).join(" · ");
}

/** For tests: the detail keys that have a label. */
export const AUDIT_DETAIL_LABELS: readonly string[] = Object.keys(LABELS);
