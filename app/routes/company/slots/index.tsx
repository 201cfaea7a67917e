import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { Pagination } from "~/components/pagination";
import { needsRepresentative } from "~/domain/slots/commands.server";
import { nextActionKey, statusLabelKey } from "~/domain/slots/next-action";
import { listCompanySlots } from "~/domain/slots/queries.server";
import { SLOT_STATUSES } from "~/domain/slots/schema";
import { pageParam } from "~/domain/pagination";
import { formatCalendarDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.slots");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  const search = new URL(args.request.url).searchParams;
  const status = z.enum(SLOT_STATUSES).optional().catch(undefined).parse(search.get("status") || undefined);
  const result = listCompanySlots(ctx, { page: pageParam.parse(search.get("page")), status });
  return {
    isHr: ctx.actor.role === "company_admin",
    status: status ?? "",
    result: {
      ...result,
      rows: result.rows.map((r) => ({
        ...r,
        statusKey: statusLabelKey(r.status, r.repStatus),
        next: nextActionKey(r.status, { repStatus: r.repStatus, needsRep: needsRepresentative(r.workplaceFte), companyVerified: ctx.actor.companyStatus === "verified" }),
      })),
    },
  };
}

export default function Slots() {
  const t = useT();
  const locale = useLocale();
  const { isHr, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{isHr ? t("slots.title") : t("nav.mySlots")}</h1>
      <p className="font-lead">{isHr ? t("slots.lead") : t("slots.mentorLead")}</p>
      {isHr ? (
        <div className="button-row">
          <a href="/company/slots/new" className="button button-primary">
            {t("slots.new")}
          </a>
        </div>
      ) : null}
      <p role="status">{t("slots.count", { count: result.total })}</p>
      {result.total > 0 ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("slots.title")}>
          <table className="table table--compact">
            <caption className="sr-only">{t("slots.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("field.slotTitle")}</th>
                <th scope="col">{t("field.slotKind")}</th>
                <th scope="col">{t("field.startDate")}</th>
                <th scope="col">{t("field.seats")}</th>
                <th scope="col">{t("field.status")}</th>
                {isHr ? <th scope="col">{t("slots.next")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {result.rows.map((s) => (
                <tr key={s.id}>
                  <td>
                    <a href={`/company/slots/${s.id}`}>{s.title}</a>
                    <br />
                    <span className="form-hint">{s.workplaceName}</span>
                  </td>
                  <td>{t(`slotKind.${s.kind}`)}</td>
                  <td>{formatCalendarDate(locale, s.startDate)}</td>
                  <td>{s.seats}</td>
                  <td>{t(s.statusKey)}</td>
                  {isHr ? <td>{t(s.next)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination {...result} />
    </div>
  );
}
