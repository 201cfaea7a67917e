import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { getOwnCompany, listWorkplaces } from "~/domain/companies/queries.server";
import { formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";

export const meta = pageMeta("title.workplaces");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const company = getOwnCompany(ctx);
  return { workplaces: listWorkplaces(ctx, company.id, { includeClosed: true }) };
}

export default function Workplaces() {
  const t = useT();
  const locale = useLocale();
  const { workplaces } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="stack">
      <h1>{t("workplaces.title")}</h1>
      <p className="font-lead">{t("workplaces.lead")}</p>
      {params.get("saved") ? <Alert kind="success" heading={t("form.saved")} /> : null}
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("workplaces.title")}>
        <table className="table table--compact">
          <caption className="sr-only">{t("workplaces.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("field.workplaceName")}</th>
              <th scope="col">{t("field.pNumber")}</th>
              <th scope="col">{t("field.address")}</th>
              <th scope="col">{t("field.ordinaryFte")}</th>
              <th scope="col">{t("field.status")}</th>
            </tr>
          </thead>
          <tbody>
            {workplaces.map((w) => (
              <tr key={w.id}>
                <td>
                  <a href={`/company/workplaces/${w.id}`}>{w.name}</a>
                </td>
                <td>{w.pNumber}</td>
                <td>
                  {w.address}, {w.postcode} {w.city}
                </td>
                <td>{formatNumber(locale, w.ordinaryFte)}</td>
                <td>{w.closedAt ? t("workplace.closed") : t("workplace.open")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <a href="/company/workplaces/new" className="button button-primary">
          {t("workplaces.add")}
        </a>
      </div>
    </div>
  );
}
