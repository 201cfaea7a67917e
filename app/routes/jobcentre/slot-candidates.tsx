import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { CandidateCards } from "~/components/fit-cards";
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
      <CandidateCards slotId={slot.id} rows={result.rows} />
      <Pagination {...result} />
    </div>
  );
}
