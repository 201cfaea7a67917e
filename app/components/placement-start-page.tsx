import { Alert } from "./alerts";
import { PlacementStartForm, type StartFormView } from "./placement-start-form";
import type { FormState } from "./form";
import { useT } from "~/i18n/use-t";

/** The start page for either side: back to the proposal, the form, or where the placement already is. */
export function PlacementStartPage({ view, state, side }: { view: StartFormView & { placementId: number | null; status: string }; state?: FormState | null; side: "company" | "jobcentre" }) {
  const t = useT();
  return (
    <div className="row">
      <div className="col-12 col-lg-8 stack">
        <p>
          <a href={`/${side}/proposals/${view.proposalId}`} className="back-link">
            {t("placement.backToProposal")}
          </a>
        </p>
        <h1>{t("placement.startTitle", { alias: view.alias, title: view.slotTitle })}</h1>
        {view.placementId ? (
          <Alert kind="info" heading={t("placement.alreadyStarted")}>
            <a href={`/${side}/placements/${view.placementId}`}>{t("placement.open")}</a>
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
