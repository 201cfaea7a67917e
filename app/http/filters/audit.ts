import { z } from "zod";
import { AUDIT_EVENTS, type AuditEvent } from "~/domain/audit/events";
import { isCalendarDate, searchText } from "~/domain/shared/fields";

export interface AuditFilters {
  event?: AuditEvent;
  /** A CVR number or part of a company's name. */
  company?: string;
  /** An e-mail address or part of a person's name. */
  user?: string;
  /** Calendar days (YYYY-MM-DD), both included; swapped when given the wrong way round. */
  from?: string;
  to?: string;
  /** A date was typed that is not a real day: the page says so and does not use it. */
  badDate: boolean;
}

// Built once: a zod schema costs more to build than to use (decision 048's filter schemas).
const eventParam = z.enum(AUDIT_EVENTS).optional().catch(undefined);

/** The audit log's filters from the URL; odd values are ignored (and said), never an error page. */
export function parseAuditFilters(search: URLSearchParams): AuditFilters {
  const day = (name: string) => {
    const raw = (search.get(name) ?? "").trim();
    return { raw, day: isCalendarDate(raw) ? raw : undefined };
  };
  const f = day("from");
  const t = day("to");
  let [from, to] = [f.day, t.day];
  if (from && to && from > to) [from, to] = [to, from];
  return {
    event: eventParam.parse(search.get("event") || undefined),
    company: searchText(search.get("company")),
    user: searchText(search.get("user")),
    from,
    to,
    badDate: (f.raw !== "" && !f.day) || (t.raw !== "" && !t.day),
  };
}
