import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { FitLines } from "~/components/fit-lines";
import { pageMeta } from "~/components/page-meta";
import { Pagination } from "~/components/pagination";
import { pageParam } from "~/domain/page-param";
import { rankSlotsForCandidate } from "~/domain/proposals/queries.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { formatDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { BackLink } from "~/components/back-link";

export const meta = pageMeta("title.candidateSlots");

export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const page = pageParam.parse(new URL(args.request.url).searchParams.get("page"));
  return orHttpError(() => rankSlotsForCandidate(ctx, idParam(args.params, "candidateId"), page));
}

/** "A citizen under the arm": the board's open slots ranked for one candidate. */
export default function CandidateSlots() {
  const t = useT();
  const locale = useLocale();
  const { candidate, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <BackLink href={`/jobcentre/candidates/${candidate.id}`}>{t("candidates.backToProfile")}</BackLink>
      <h1>{t("ranking.slotsFor", { alias: candidate.alias })}</h1>
      <p className="font-lead">{t("ranking.youDecide")}</p>
      <p role="status">{t("ranking.slotCount", { count: result.total })}</p>
      {result.rows.map((s) => (
        <section key={s.id} className="candidate-card" aria-labelledby={`slot-${s.id}`}>
          <h2 className="h3" id={`slot-${s.id}`}>
            <a href={`/jobcentre/slots/${s.id}`}>{s.title}</a>
          </h2>
          <p>
            {s.companyName} · {s.city} · {t("ranking.starts", { date: formatDate(locale, `${s.startDate}T12:00:00`) })}
          </p>
          <FitLines lines={s.lines} hardMisfits={s.hardMisfits} />
          {s.hardMisfits.every((l) => l.factor !== "consent") ? (
            <a href={`/jobcentre/proposals/new?candidateId=${candidate.id}&slotId=${s.id}`} className="button button-secondary">
              {t("ranking.propose")}
            </a>
          ) : null}
        </section>
      ))}
      <Pagination {...result} />
    </div>
  );
}
