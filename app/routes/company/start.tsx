import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { COMPANY_STAFF, requireRole } from "~/auth/guards.server";
import { Alert } from "~/components/alerts";
import { HoursRelievedFigure } from "~/components/hours-figure";
import { JobcentreContactCard } from "~/components/jobcentre-contact-card";
import { contactCardFor } from "~/domain/jobcentres/queries.server";
import { companyPolicy } from "~/domain/companies/policy";
import { getOwnCompany, openWorkplacesHead } from "~/domain/companies/queries.server";
import { hoursRelieved } from "~/domain/tasks/queries.server";
import { slotStatusCounts } from "~/domain/slots/queries.server";
import { companyWaitingCount, companyWaitingProposals } from "~/domain/proposals/company-waiting.server";
import { activePlacementCount, companyPlacementResults } from "~/domain/placements/start-counts.server";
import { listFollowUps } from "~/domain/placements/follow-up-list.server";
import { DueFollowUps } from "~/components/due-follow-ups";
import { PlacementsNeedingAttention } from "~/components/placement-flags";
import { keptAttention } from "~/domain/placements/attention-kept.server";
import { PublishedStories } from "~/components/published-stories";
import { publishedStories } from "~/domain/placements/story-queries.server";
import { SLOT_STATUSES } from "~/domain/slots/vocabulary";
import { formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { pageMeta } from "~/components/page-meta";
import { fteCount } from "~/components/fte-count";

export const meta = pageMeta("title.start");

/** At most this many workplaces on the start page. */
const START_WORKPLACES = 10;
/** At most this many follow-ups on the start page; the rest are behind the link. */
const START_FOLLOW_UPS = 5;

function dueFollowUpsView(ctx: Parameters<typeof listFollowUps>[0]) {
  const { total, rows } = listFollowUps(ctx, { page: 1, view: "todo" }, START_FOLLOW_UPS);
  return { total, rows: rows.map((f) => ({ id: f.id, placementId: f.placementId, week: f.week, dueDate: f.dueDate, overdue: f.overdue, alias: f.alias })) };
}

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, COMPANY_STAFF);
  const company = getOwnCompany(ctx);
  // A chain's hundred workplaces belong on their own page; the start page names the first few.
  const workplaces = openWorkplacesHead(ctx, START_WORKPLACES);
  const { version: _version, ...jobcentreContact } = contactCardFor(ctx);
  return {
    jobcentreContact,
    may: companyPolicy(ctx.actor),
    relieved: hoursRelieved(ctx, company.id),
    slotCounts: slotStatusCounts(ctx),
    waitingProposals: companyWaitingCount(ctx),
    oldestWaiting: companyWaitingProposals(ctx),
    activePlacements: activePlacementCount(ctx),
    results: companyPlacementResults(ctx),
    // The list's "can be filled in now" view: its count and its first few, overdue first.
    dueFollowUps: dueFollowUpsView(ctx),
    // Kept under the dashboard version of the company's jobcentre (decision 050).
    attention: keptAttention(ctx),
    stories: publishedStories(ctx, company.jobcentreId),
    name: ctx.actor.name,
    company: {
      name: company.name,
      cvr: company.cvr,
      industry: company.industry,
      status: company.status,
      rejectionReason: company.rejectionReason,
    },
    workplaces: workplaces.rows,
    workplaceCount: workplaces.total,
  };
}

export default function CompanyStart() {
  const t = useT();
  const locale = useLocale();
  const { may, name, company, workplaces, workplaceCount, relieved, slotCounts, waitingProposals, oldestWaiting, activePlacements, results, jobcentreContact, dueFollowUps: due, attention, stories } = useLoaderData<typeof loader>();
  const slotLines = SLOT_STATUSES.filter((s) => (slotCounts[s] ?? 0) > 0 && !["closed", "withdrawn"].includes(s));
  const [params] = useSearchParams();
  const isHr = may.isHr;
  // A slot is built from active tasks: offer it once there are some, the task finder before.
  const canCreateSlot = may.prepare && relieved.activeTasks > 0;
  return (
    <div className="stack">
      <h1>{t("companyStart.title", { name: name.split(" ")[0] ?? name })}</h1>
      {params.get("welcome") ? <Alert kind="success" heading={t("companyStart.welcome")} /> : null}
      {params.get("saved") ? <Alert kind="success" heading={t("form.saved")} /> : null}
      {params.get("reviewRequested") ? <Alert kind="success" heading={t("companyStart.reviewRequested")} /> : null}
      {company.status === "rejected" ? (
        <Alert kind="error" heading={t("companyStart.rejected")}>
          <p>{t("companyStart.rejectedReason", { reason: company.rejectionReason ?? "" })}</p>
          {may.requestReview ? (
            <p>
              <a href="/company/profile">{t("companyStart.fixAndAsk")}</a>
            </p>
          ) : null}
        </Alert>
      ) : null}
      <DueFollowUps total={due.total} rows={due.rows} />
      <PlacementsNeedingAttention rows={attention} base="/company/placements" showCompany={false} />
      {waitingProposals > 0 ? (
        <Alert kind="info" heading={t("companyStart.waitingProposals", { count: waitingProposals })}>
          {/* Oldest first: the one that has waited longest is answered first. */}
          <ul className="nobullet-list">
            {oldestWaiting.map((p) => (
              <li key={p.id}>
                <a href={`/company/proposals/${p.id}`}>
                  {p.alias} – {p.slotTitle}
                </a>{" "}
                – {p.days === 0 ? t("companyStart.arrivedToday") : t("companyStart.waitingDays", { count: p.days })}
              </li>
            ))}
          </ul>
          <a href="/company/proposals?waiting=1">{t("companyStart.seeProposals")}</a>
        </Alert>
      ) : null}
      <HoursRelievedFigure relieved={relieved}>
        <h2 className="h4">{t("companyStart.relievedHeading")}</h2>
      </HoursRelievedFigure>
      {relieved.activeTasks > 0 ? (
        <p>
          <a href="/company/tasks?status=active">{t("companyStart.seeActiveTasks", { count: relieved.activeTasks })}</a>
        </p>
      ) : null}
      <section>
        <div className="button-row">
          <a href="/company/tasks" className="button button-secondary">
            {t("companyStart.seeTasks")}
          </a>
          {may.prepare ? (
            <a href="/company/task-finder" className={`button ${relieved.activeTasks === 0 ? "button-primary" : "button-secondary"}`}>
              {t("finder.open")}
            </a>
          ) : null}
        </div>
      </section>
      <section aria-labelledby="active-placements">
        <h2 id="active-placements">{isHr ? t("nav.placements") : t("nav.myPlacements")}</h2>
        <p>{t("companyStart.activePlacements", { count: activePlacements })}</p>
        {activePlacements > 0 ? (
          <p>
            <a href="/company/placements?status=active" className="function-link">
              {t("companyStart.seePlacements")}
            </a>
          </p>
        ) : null}
      </section>
      {results.reached13Weeks > 0 || results.ended > 0 ? (
        <section aria-labelledby="results">
          {/* The results so far, each a link to the placements behind it (issue 13). */}
          <h2 id="results">{t("companyStart.results")}</h2>
          <ul className="nobullet-list">
            <li>
              {results.reached13Weeks > 0 ? (
                <a href="/company/placements?reached13Weeks=1">{t("companyStart.reached13Weeks", { count: results.reached13Weeks })}</a>
              ) : (
                t("companyStart.reached13WeeksNone")
              )}
            </li>
            {results.ended > 0 ? <li>{t("companyStart.ended", { count: results.ended })}</li> : null}
          </ul>
          {results.outcomes.length > 0 ? (
            <ul>
              {results.outcomes.map((o) => (
                <li key={o.outcome}>
                  <a href={`/company/placements?outcome=${o.outcome}`}>
                    {t(`outcome.${o.outcome}`)}: {formatNumber(locale, o.n)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <section>
        <h2>{isHr ? t("nav.slots") : t("nav.mySlots")}</h2>
        {slotLines.length === 0 ? (
          <p>{!isHr ? t("companyStart.noSlotsMentor") : canCreateSlot ? t("companyStart.noSlotsReady", { count: relieved.activeTasks }) : t("companyStart.noSlotsHr")}</p>
        ) : (
          <ul>
            {slotLines.map((s) => (
              <li key={s}>
                <a href={`/company/slots?status=${s}`}>
                  {t(`slotStatus.${s}`)}: {slotCounts[s]}
                </a>
              </li>
            ))}
          </ul>
        )}
        <div className="button-row">
          {canCreateSlot ? (
            <a href="/company/slots/new" className={`button ${slotLines.length === 0 ? "button-primary" : "button-secondary"}`}>
              {t("slots.new")}
            </a>
          ) : null}
          {slotLines.length > 0 ? (
            <a href="/company/slots" className="function-link">
              {t("companyStart.seeSlots")}
            </a>
          ) : null}
        </div>
      </section>
      <section>
        <h2>{company.name}</h2>
        <dl className="summary-list">
          <dt>{t("field.cvr")}</dt>
          <dd>{company.cvr}</dd>
          <dt>{t("field.industry")}</dt>
          <dd>{t(`industry.${company.industry}`)}</dd>
          <dt>{t("field.status")}</dt>
          <dd>{t(`companyStatus.${company.status}`)}</dd>
        </dl>
        {may.prepare ? (
          <p>
            <a href="/company/profile" className="function-link">
              {t("companyStart.editProfile")}
            </a>
          </p>
        ) : null}
      </section>
      <section>
        <h2>{t("nav.workplaces")}</h2>
        <ul className="nobullet-list">
          {workplaces.map((w) => (
            <li key={w.id}>
              <strong>{w.name}</strong> – {w.address}, {w.postcode} {w.city} ·{" "}
              {t("workplace.fteShort", { fte: formatNumber(locale, w.ordinaryFte), count: fteCount(w.ordinaryFte) })}
            </li>
          ))}
        </ul>
        {workplaceCount > workplaces.length ? <p>{t("companyStart.moreWorkplaces", { count: workplaceCount - workplaces.length })}</p> : null}
        {isHr ? (
          <div className="button-row">
            <a href="/company/workplaces" className="button button-secondary">
              {t("companyStart.manageWorkplaces")}
            </a>
            <a href="/company/colleagues" className="button button-secondary">
              {t("companyStart.inviteColleagues")}
            </a>
          </div>
        ) : null}
      </section>
      <PublishedStories rows={stories} />
      <JobcentreContactCard card={jobcentreContact} />
    </div>
  );
}
