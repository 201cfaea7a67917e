import { useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";
import { useT } from "~/i18n/use-t";

/**
 * The download of a placement's agreement summary, for HR and the jobcentre's staff; the
 * mentor gets no link (the route refuses them too: placements/policy.ts mayDownloadAgreement).
 */
export function AgreementPdfLink({ placementId }: { placementId: number }) {
  const t = useT();
  const role = useRouteLoaderData<typeof rootLoader>("root")?.user?.role;
  if (role !== "company_admin" && role !== "consultant" && role !== "jobcentre_admin") return null;
  const base = role === "company_admin" ? "/company/placements" : "/jobcentre/placements";
  return (
    <p className="agreement-pdf-link">
      <a href={`${base}/${placementId}/agreement.pdf`} className="function-link" download>
        {t("agreement.download")}
      </a>
      <br />
      <span className="form-hint">{t("agreement.downloadHint")}</span>
    </p>
  );
}
