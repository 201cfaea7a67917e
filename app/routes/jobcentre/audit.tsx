import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/alerts";
import { DataTable } from "~/components/data-table";
import { KeysetPagination } from "~/components/keyset-pagination";
import { activeFilterCount, FilterDisclosure, SelectFilter } from "~/components/filter-fields";
import { FilterButtons } from "~/components/filter-buttons";
import { auditColumns } from "~/components/lists/audit-columns";
import { pageMeta } from "~/components/page-meta";
import { AUDIT_EVENTS } from "~/domain/audit/events";
import { loadList } from "~/http/list.server";
import { auditList } from "~/http/lists/audit.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.audit");

export function loader(args: LoaderFunctionArgs) {
  const { filters, result } = loadList(args, auditList);
  return {
    filters: { event: filters.event ?? "", company: filters.company ?? "", user: filters.user ?? "", from: filters.from ?? "", to: filters.to ?? "" },
    notes: { unknownCompany: filters.unknownCompany, unknownUser: filters.unknownUser, badDate: filters.badDate },
    result,
  };
}

function FilterInput(props: { name: string; label: string; defaultValue: string; type?: "date"; hint?: string }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={`audit-${props.name}`}>
        {props.label}
      </label>
      {props.hint ? (
        <span className="form-hint" id={`audit-${props.name}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <input
        className={`form-input ${props.type === "date" ? "input-width-s" : "input-width-l"}`}
        id={`audit-${props.name}`}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.defaultValue}
        aria-describedby={props.hint ? `audit-${props.name}-hint` : undefined}
      />
    </div>
  );
}

export default function Audit() {
  const t = useT();
  const { filters, notes, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("audit.title")}</h1>
      <p className="font-lead">{t("audit.lead")}</p>
      <FilterDisclosure active={activeFilterCount(filters)}>
        <Form method="get">
          <div className="filter-form">
            <SelectFilter
              name="event"
              label={t("audit.eventType")}
              allLabel={t("audit.allEvents")}
              defaultValue={filters.event}
              options={AUDIT_EVENTS.map((e) => ({ value: e, label: t(`auditEvent.${e}`) }))}
            />
            <FilterInput name="company" label={t("audit.filterCompany")} defaultValue={filters.company} />
            <FilterInput name="user" label={t("audit.filterUser")} defaultValue={filters.user} />
            <FilterInput name="from" type="date" label={t("audit.filterFrom")} defaultValue={filters.from} />
            <FilterInput name="to" type="date" label={t("audit.filterTo")} defaultValue={filters.to} />
          </div>
          <FilterButtons reset={{ href: "/jobcentre/audit", label: t("audit.reset") }} />
        </Form>
      </FilterDisclosure>
      {notes.unknownCompany ? <Alert kind="warning" heading={t("audit.unknownCompany", { company: filters.company })} /> : null}
      {notes.unknownUser ? <Alert kind="warning" heading={t("audit.unknownUser", { user: filters.user })} /> : null}
      {notes.badDate ? <Alert kind="warning" heading={t("audit.badDate")} /> : null}
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
