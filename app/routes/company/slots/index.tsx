import type { LoaderFunctionArgs } from "@remix-run/node";
import { companyPolicy } from "~/domain/companies/policy";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { companySlotColumns } from "~/components/lists/slot-columns";
import { pageMeta } from "~/components/page-meta";
import { loadList } from "~/http/list.server";
import { companySlotsList } from "~/http/lists/slots.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.slots");

export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, companySlotsList);
  return { isHr: ctx.actor.role === "company_admin", canCreate: companyPolicy(ctx.actor).prepare, status: filters.status ?? "", result };
}

export default function Slots() {
  const t = useT();
  const { isHr, canCreate, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{isHr ? t("slots.title") : t("nav.mySlots")}</h1>
      <p className="font-lead">{isHr ? t("slots.lead") : t("slots.mentorLead")}</p>
      {canCreate ? (
        <div className="button-row">
          <a href="/company/slots/new" className="button button-primary">
            {t("slots.new")}
          </a>
        </div>
      ) : null}
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
