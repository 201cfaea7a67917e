import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { KeysetPagination } from "~/components/keyset-pagination";
import { activeFilterCount, FilterDisclosure, SelectFilter } from "~/components/filter-fields";
import { auditColumns } from "~/components/lists/audit-columns";
import { pageMeta } from "~/components/page-meta";
import { AUDIT_EVENTS } from "~/domain/audit/events";
import { loadList } from "~/http/list.server";
import { auditList } from "~/http/lists/audit.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.audit");

export function loader(args: LoaderFunctionArgs) {
  const { filters, result } = loadList(args, auditList);
  return { event: filters.event ?? "", result };
}

export default function Audit() {
  const t = useT();
  const { event, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("audit.title")}</h1>
      <p className="font-lead">{t("audit.lead")}</p>
      <FilterDisclosure active={activeFilterCount({ event })}>
        <Form method="get" className="filter-form">
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
      </FilterDisclosure>
      <DataTable
        caption={t("audit.title")}
        columns={auditColumns}
        rowKey={(r) => r.id}
        countKey="audit.count"
        countMoreKey="audit.countMore"
        csvHref="/jobcentre/audit.csv"
        rows={result.rows}
        total={result.total}
      />
      <KeysetPagination links={result.links} />
    </div>
  );
}
