import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { CompanyTable } from "~/components/company-table";
import { Pagination } from "~/components/pagination";
import { listJobcentreCompanies } from "~/domain/companies/queries.server";
import { pageParam } from "~/domain/pagination";
import { useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.pending");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const page = pageParam.parse(new URL(args.request.url).searchParams.get("page"));
  return {
    jobcentre: ctx.actor.organisationName,
    pending: listJobcentreCompanies(ctx, { page, status: "pending", oldestFirst: true }),
  };
}

export default function JobcentreStart() {
  const t = useT();
  const { jobcentre, pending } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("pending.title")}</h1>
      <p className="font-lead">{t("pending.lead", { jobcentre })}</p>
      {pending.total === 0 ? (
        <p>{t("pending.none")}</p>
      ) : (
        <>
          <p>{t("pending.count", { count: pending.total })}</p>
          <CompanyTable rows={pending.rows} caption={t("pending.title")} />
          <Pagination {...pending} />
        </>
      )}
    </div>
  );
}
