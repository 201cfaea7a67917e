import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { pageMeta } from "~/components/page-meta";
import { PlacementDetails } from "~/components/placement-details";
import { PlacementFollowUps } from "~/components/placement-follow-ups";
import { PlacementFlags } from "~/components/placement-flags";
import { PlacementProgress } from "~/components/placement-progress";
import { placementDetail } from "~/domain/placements/queries.server";
import { endingView } from "~/domain/placements/ending-queries.server";
import { PlacementEndingSection } from "~/components/placement-ending-section";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.placement");

/** HR (any of the company's placements) and the placement's own mentor. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  const id = idParam(args.params, "placementId");
  return orHttpError(() => ({ ...placementDetail(ctx, id), ending: endingView(ctx, id) }));
}

export default function CompanyPlacement() {
  const t = useT();
  const p = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="stack">
      <p>
        <a href="/company/placements" className="back-link">
          {t("placements.back")}
        </a>
      </p>
      <h1>{t("placement.title", { alias: p.profile.alias, title: p.slotTitle })}</h1>
      {params.get("done") === "started" ? <Alert kind="success" heading={t("placement.done.started")} /> : null}
      {params.get("done") === "followUp" ? <Alert kind="success" heading={t("followUp.done.submitted")} /> : null}
      <PlacementFlags flags={p.flags} />
      <PlacementDetails p={p} />
      <PlacementProgress progress={p.progress} />
      <PlacementFollowUps base={`/company/placements/${p.id}`} followUps={p.followUps} adjustments={p.adjustments} />
      <PlacementEndingSection view={p.ending} side="company" done={params.get("done")} />
    </div>
  );
}
