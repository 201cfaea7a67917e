import type { LoaderFunctionArgs } from "@remix-run/node";
import { companyPolicy } from "~/domain/companies/policy";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Alert } from "~/components/alerts";
import { DataTable } from "~/components/data-table";
import { FilterDisclosure } from "~/components/filter-fields";
import { FilterButtons } from "~/components/filter-buttons";
import { companySlotColumns } from "~/components/lists/slot-columns";
import { pageMeta } from "~/components/page-meta";
import { SLOT_STATUSES } from "~/domain/slots/vocabulary";
import { loadList } from "~/http/list.server";
import { companySlotsList } from "~/http/lists/slots.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.slots");

const doneParam = z.enum(["deleted"]).optional().catch(undefined);

export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, companySlotsList);
  const done = doneParam.parse(new URL(args.request.url).searchParams.get("done") ?? undefined) ?? null;
  return { isHr: ctx.actor.role === "company_admin", canCreate: companyPolicy(ctx.actor).prepare, status: filters.status ?? "", done, result };
}

export default function Slots() {
  const t = useT();
  const { isHr, canCreate, result, status, done } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{isHr ? t("slots.title") : t("nav.mySlots")}</h1>
      <p className="font-lead">{isHr ? t("slots.lead") : t("slots.mentorLead")}</p>
      {done ? <Alert kind="success" heading={t(`slots.done.${done}`)} /> : null}
      {canCreate ? (
        <div className="button-row">
          <a href="/company/slots/new" className="button button-primary">
            {t("slots.new")}
          </a>
        </div>
      ) : null}
      <FilterDisclosure active={status ? 1 : 0}>
        <Form method="get" className="filter-form" aria-label={t("slots.filterLabel")}>
          <div className="form-group">
            <label className="form-label" htmlFor="status">
              {t("field.status")}
            </label>
            <select className="form-select" id="status" name="status" defaultValue={status}>
              <option value="">{t("slots.currentStatuses")}</option>
              {SLOT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`slotStatus.${s}`)}
                </option>
              ))}
              <option value="all">{t("slots.allStatuses")}</option>
            </select>
          </div>
          <FilterButtons />
        </Form>
      </FilterDisclosure>
      {status === "" ? <p className="form-hint">{t("slots.finishedHidden")}</p> : null}
      <DataTable
        caption={t("slots.title")}
        columns={companySlotColumns({ isHr })}
        rowKey={(s) => s.id}
        countKey="slots.count"
        csvHref="/company/slots.csv"
        {...result}
      />
    </div>
  );
}
