import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { pageMeta } from "~/components/page-meta";
import { PlacementStartForm } from "~/components/placement-start-form";
import { startFormAction, startFormLoader } from "~/http/placement-start.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.placementStart");

/** HR starts the placement agreed in an accepted proposal; a mentor follows it but does not start it. */
export function loader(args: LoaderFunctionArgs) {
  return startFormLoader(args, requireRole(args, ["company_admin"]));
}

export function action(args: ActionFunctionArgs) {
  return startFormAction(args, requireRole(args, ["company_admin"]), "/company/placements");
}

export default function CompanyPlacementStart() {
  const t = useT();
  const view = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-8 stack">
        <p>
          <a href={`/company/proposals/${view.proposalId}`} className="back-link">
            {t("placement.backToProposal")}
          </a>
        </p>
        <h1>{t("placement.startTitle", { alias: view.alias, title: view.slotTitle })}</h1>
        {view.placementId ? (
          <Alert kind="info" heading={t("placement.alreadyStarted")}>
            <a href={`/company/placements/${view.placementId}`}>{t("placement.open")}</a>
          </Alert>
        ) : view.status !== "accepted" ? (
          <Alert kind="warning" heading={t("error.placement.notAccepted")} />
        ) : (
          <>
            <p className="font-lead">{t("placement.startLead")}</p>
            <PlacementStartForm view={view} state={state} />
          </>
        )}
      </div>
    </div>
  );
}
