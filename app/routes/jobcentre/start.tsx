import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { pageMeta } from "~/components/page-meta";
import { PlacementsNeedingAttention } from "~/components/placement-flags";
import { keptAttention } from "~/domain/placements/attention-kept.server";
import { jobcentreWork } from "~/domain/jobcentres/work.server";
import { orHttpError } from "~/http/forms.server";
import { StatusTasks } from "~/components/status-tasks";
import { dueStatusTasks } from "~/domain/placements/ending-queries.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.jobcentreStart");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  return {
    jobcentre: ctx.actor.organisationName,
    work: orHttpError(() => jobcentreWork(ctx)),
    // The same box for the whole jobcentre's staff, kept under the dashboard's version (decision 050).
    attention: keptAttention(ctx),
    statusTasks: dueStatusTasks(ctx),
  };
}

/** The jobcentre's start page: what waits, with the oldest first named (issue 9.11). */
export default function JobcentreStart() {
  const t = useT();
  const { jobcentre, work, attention, statusTasks } = useLoaderData<typeof loader>();
  const waited = (days: number) => (days === 0 ? t("work.waitedToday") : t("work.waitedDays", { count: days }));
  return (
    <div className="stack">
      <h1>{t("work.title", { jobcentre })}</h1>
      <p className="font-lead">{t("work.lead")}</p>
      <p>
        <a href="/jobcentre/dashboard">{t("work.dashboardLink")}</a>
      </p>
      <ul className="work-list">
        <li className="key-figure-box">
          <h2 className="h4">{t("nav.companiesToVerify")}</h2>
          <p className="key-figure">{work.companiesToVerify}</p>
          {work.oldestCompany ? (
            <p>
              {t("work.oldestCompany", { name: work.oldestCompany.name, waited: waited(work.oldestCompany.daysWaiting) })}{" "}
              <a href={`/jobcentre/companies/${work.oldestCompany.id}?back=/jobcentre`}>{t("work.openOldestCompany")}</a>
            </p>
          ) : (
            <p>{t("work.noCompanies")}</p>
          )}
          <p>
            <a href="/jobcentre/verify" className="function-link">
              {t("work.seeCompanies")}
            </a>
          </p>
        </li>
        <li className="key-figure-box">
          <h2 className="h4">{t("nav.slotsToReview")}</h2>
          <p className="key-figure">{work.slotsToReview}</p>
          {work.oldestSlot ? (
            <p>
              {t("work.oldestSlot", { title: work.oldestSlot.title, company: work.oldestSlot.companyName, waited: waited(work.oldestSlot.daysWaiting) })}{" "}
              <a href={`/jobcentre/slots/${work.oldestSlot.id}?back=/jobcentre`}>{t("work.openOldestSlot")}</a>
            </p>
          ) : (
            <p>{t("work.noSlots")}</p>
          )}
          <p>
            <a href="/jobcentre/review" className="function-link">
              {t("work.seeSlots")}
            </a>
          </p>
        </li>
        <li className="key-figure-box">
          <h2 className="h4">{t("work.openSlots")}</h2>
          <p className="key-figure">{work.openSlots}</p>
          <p>
            {work.openSlots === 0 ? (
              t("work.noOpenSlots")
            ) : work.openWithoutProposal > 0 ? (
              <a href="/jobcentre/board?withoutProposal=1&sort=oldest">{t("work.withoutProposal", { count: work.openWithoutProposal })}</a>
            ) : (
              t("work.withoutProposal", { count: 0 })
            )}
          </p>
          <p>
            <a href="/jobcentre/board" className="function-link">
              {t("work.seeBoard")}
            </a>
          </p>
        </li>
      </ul>
      <StatusTasks rows={statusTasks} />
      <PlacementsNeedingAttention rows={attention} base="/jobcentre/placements" showCompany />
      <section className="stack" aria-labelledby="stories-heading">
        <h2 id="stories-heading">{t("stories.title")}</h2>
        <p>{t("stories.lead")}</p>
        <p>
          <a href="/jobcentre/stories" className="function-link">
            {t("stories.libraryLink")}
          </a>
        </p>
      </section>
    </div>
  );
}
