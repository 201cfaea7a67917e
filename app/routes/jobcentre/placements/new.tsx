import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { pageMeta } from "~/components/page-meta";
import { PlacementStartForm } from "~/components/placement-start-form";
import { startFormAction, startFormLoader } from "~/http/placement-start.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.placementStart");

/** The consultant starts the placement agreed in an accepted proposal (and may record an assessment). */
export function loader(args: LoaderFunctionArgs) {
  return startFormLoader(args, requireRole(args, JOBCENTRE_STAFF));
}

export function action(args: ActionFunctionArgs) {
  return startFormAction(args, requireRole(args, JOBCENTRE_STAFF), "/jobcentre/placements");
}

export default function JobcentrePlacementStart() {
  const t = useT();
  const view = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <div className="row">
      <div className="col-12 col-lg-8 stack">
        <p>
          <a href={`/jobcentre/proposals/${view.proposalId}`} className="back-link">
            {t("placement.backToProposal")}
          </a>
        </p>
        <h1>{t("placement.startTitle", { alias: view.alias, title: view.slotTitle })}</h1>
        {view.placementId ? (
          <Alert kind="info" heading={t("placement.alreadyStarted")}>
            <a href={`/jobcentre/placements/${view.placementId}`}>{t("placement.open")}</a>
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
