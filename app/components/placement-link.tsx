import { useT } from "~/i18n/use-t";

/** On an accepted proposal: the way to its placement, or (for who may) to start it. */
export function PlacementLink(props: { status: string; proposalId: number; placementId: number | null; base: "/company/placements" | "/jobcentre/placements"; mayStart: boolean }) {
  const t = useT();
  if (props.placementId)
    return (
      <p>
        <a href={`${props.base}/${props.placementId}`} className="button button-secondary">
          {t("placement.open")}
        </a>
      </p>
    );
  if (props.status !== "accepted" || !props.mayStart) return null;
  return (
    <section className="stack">
      <h2>{t("placement.startFromProposal")}</h2>
      <p>{t("placement.startFromProposalLead")}</p>
      <p>
        <a href={`${props.base}/new?proposalId=${props.proposalId}`} className="button button-primary">
          {t("placement.start")}
        </a>
      </p>
    </section>
  );
}
