import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { FitLines } from "~/components/fit-lines";
import { pageMeta } from "~/components/page-meta";
import { Pagination } from "~/components/pagination";
import { pageParam } from "~/domain/page-param";
import { rankCandidatesForSlot } from "~/domain/proposals/queries.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { BackLink } from "~/components/back-link";
import { MentorDescription } from "~/components/mentor-description";

export const meta = pageMeta("title.slotCandidates");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const page = pageParam.parse(new URL(args.request.url).searchParams.get("page"));
  return orHttpError(() => rankCandidatesForSlot(ctx, idParam(args.params, "slotId"), page));
}

/** The jobcentre's candidates ranked for one open slot, each with its fit lines; the consultant decides. */
export default function SlotCandidates() {
  const t = useT();
  const locale = useLocale();
  const { slot, mentor, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <BackLink href={`/jobcentre/slots/${slot.id}`}>{t("ranking.backToSlot")}</BackLink>
      <h1>{t("ranking.candidatesFor", { title: slot.title })}</h1>
      <p>
        {slot.companyName} · {slot.city} · {t("ranking.hours", { start: formatNumber(locale, slot.startHours), target: formatNumber(locale, slot.targetHours) })}
      </p>
      <p className="font-lead">{t("ranking.youDecide")}</p>
      <MentorDescription name={mentor.name} profile={mentor.profile} />
      <p role="status">{t("ranking.candidateCount", { count: result.total })}</p>
      {result.rows.map((c) => (
        <section key={c.id} className="candidate-card" aria-labelledby={`candidate-${c.id}`}>
          <h2 className="h3" id={`candidate-${c.id}`}>
            <a href={`/jobcentre/candidates/${c.id}`}>{c.alias}</a>
          </h2>
          <p>
            {t(`ageBand.${c.ageBand}`)} · {t(`consentStatus.${c.consentStatus}`)}
          </p>
          <FitLines lines={c.lines} hardMisfits={c.hardMisfits} />
          {c.openProposalId ? (
            <a href={`/jobcentre/proposals/${c.openProposalId}`}>{t("ranking.alreadyProposed")}</a>
          ) : c.hardMisfits.every((l) => l.factor !== "consent") ? (
            <a href={`/jobcentre/proposals/new?candidateId=${c.id}&slotId=${slot.id}`} className="button button-secondary">
              {t("ranking.proposeAlias", { alias: c.alias })}
            </a>
          ) : null}
        </section>
      ))}
      <Pagination {...result} />
    </div>
  );
}
