import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { pageMeta } from "~/components/page-meta";
import { PlacementDetails } from "~/components/placement-details";
import { placementDetail } from "~/domain/placements/queries.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { formatCalendarDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.placement");

/** The jobcentre's view: the agreement, plus the target group and the duration rule behind it. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  return orHttpError(() => placementDetail(ctx, idParam(args.params, "placementId")));
}

export default function JobcentrePlacement() {
  const t = useT();
  const locale = useLocale();
  const p = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const j = p.jobcentre;
  return (
    <div className="stack">
      <p>
        <a href="/jobcentre/placements" className="back-link">
          {t("placements.back")}
        </a>
      </p>
      <h1>{t("placement.title", { alias: p.profile.alias, title: p.slotTitle })}</h1>
      <p>{p.companyName}</p>
      {params.get("done") === "started" ? <Alert kind="success" heading={t("placement.done.started")} /> : null}
      <PlacementDetails p={p} />
      {j ? (
        <section>
          <h2>{t("placement.ruleHeading")}</h2>
          <dl className="summary-list">
            <dt>{t("field.targetGroup")}</dt>
            <dd>{t(`targetGroup.${j.targetGroup}`)}</dd>
            {j.assessmentOn ? (
              <>
                <dt>{t("placement.assessmentOn")}</dt>
                <dd>{formatCalendarDate(locale, j.assessmentOn)}</dd>
              </>
            ) : null}
            <dt>{t("placement.longest")}</dt>
            <dd>
              {j.limit
                ? `${j.limit.months !== null ? t("placement.limitMonths", { count: j.limit.months }) : t("placement.limitWeeks", { count: j.limit.weeks ?? 0 })} ${t("placement.rule", { reason: t(`durationReason.${j.limit.reason}`), source: j.limit.source, from: formatCalendarDate(locale, j.limit.appliesFrom) })}`
                : t("placement.noLimit")}
            </dd>
          </dl>
        </section>
      ) : null}
      <p>
        <a href={`/jobcentre/proposals/${p.proposalId}`}>{t("placement.toProposal")}</a>
      </p>
    </div>
  );
}
