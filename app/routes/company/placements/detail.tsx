import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { pageMeta } from "~/components/page-meta";
import { PlacementDetails } from "~/components/placement-details";
import { PlacementFollowUps } from "~/components/placement-follow-ups";
import { PlacementFlags } from "~/components/placement-flags";
import { PlacementProgress } from "~/components/placement-progress";
import { placementPage } from "~/domain/placements/queries.server";
import { PlacementEndingSection } from "~/components/placement-ending-section";
import { PlacementWage } from "~/components/placement-wage";
import { readFormData } from "~/http/body-limit.server";
import { orHttpError } from "~/http/forms.server";
import { wageCostAction } from "~/http/placement-wage.server";
import { idParam } from "~/http/params";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.placement");

/** HR (any of the company's placements) and the placement's own mentor. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  const id = idParam(args.params, "placementId");
  return orHttpError(() => placementPage(ctx, id));
}

/** HR changes a løntilskud's monthly wage cost; the mentor, who never sees it, is refused (403). */
export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const placementId = idParam(args.params, "placementId");
  const formData = await readFormData(args.request);
  if (formData.get("intent") !== "wageCost") throw new Response("Bad Request", { status: 400 });
  return wageCostAction(ctx, placementId, formData, "/company/placements");
}

export default function CompanyPlacement() {
  const t = useT();
  const p = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
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
      <PlacementWage p={p} state={state} done={params.get("done") === "wageCost"} />
      <PlacementProgress progress={p.progress} />
      <PlacementFollowUps base={`/company/placements/${p.id}`} followUps={p.followUps} adjustments={p.adjustments} />
      <PlacementEndingSection view={p.ending} side="company" done={params.get("done")} />
    </div>
  );
}
