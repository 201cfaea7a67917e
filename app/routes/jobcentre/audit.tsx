import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { Pagination } from "~/components/pagination";
import { AUDIT_EVENTS } from "~/domain/audit/events";
import { listAuditLog } from "~/domain/audit/queries.server";
import { pageParam } from "~/domain/pagination";
import { formatDateTime } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";
import { SelectFilter } from "~/components/filter-fields";

export const meta = pageMeta("title.audit");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["jobcentre_admin"]);
  const search = new URL(args.request.url).searchParams;
  const event = z.enum(AUDIT_EVENTS).optional().catch(undefined).parse(search.get("event") || undefined);
  const page = pageParam.parse(search.get("page"));
  return { event: event ?? "", result: listAuditLog(ctx, { page, event }) };
}

export default function Audit() {
  const t = useT();
  const locale = useLocale();
  const { event, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("audit.title")}</h1>
      <p className="font-lead">{t("audit.lead")}</p>
      <Form method="get">
        <SelectFilter
          name="event"
          label={t("audit.eventType")}
          allLabel={t("audit.allEvents")}
          defaultValue={event}
          options={AUDIT_EVENTS.map((e) => ({ value: e, label: t(`auditEvent.${e}`) }))}
        />
        <div className="button-row">
          <button type="submit" className="button button-secondary">
            {t("form.filter")}
          </button>
        </div>
      </Form>
      <p role="status">{t("audit.count", { count: result.total })}</p>
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("audit.title")}>
        <table className="table table--compact">
          <caption className="sr-only">{t("audit.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("audit.when")}</th>
              <th scope="col">{t("audit.event")}</th>
              <th scope="col">{t("audit.who")}</th>
              <th scope="col">{t("field.organisation")}</th>
              <th scope="col">{t("audit.details")}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.id}>
                <td>{formatDateTime(locale, row.at)}</td>
                <td>{t(`auditEvent.${row.event}`)}</td>
                <td>{row.actorLabel ?? "–"}</td>
                <td>{row.actorOrganisation ?? "–"}</td>
                <td>
                  {row.details
                    ? Object.entries(row.details)
                        .map(([k, v]) => `${k}: ${String(v)}`)
                        .join(", ")
                    : ""}
                  {row.ip ? ` (${row.ip})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination {...result} />
    </div>
  );
}
