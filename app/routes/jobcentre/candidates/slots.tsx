import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { SlotCards } from "~/components/fit-cards";
import { pageMeta } from "~/components/page-meta";
import { Pagination } from "~/components/pagination";
import { pageParam } from "~/domain/page-param";
import { rankSlotsForCandidate } from "~/domain/proposals/queries.server";
import { orHttpError } from "~/http/forms.server";
import { idParam } from "~/http/params";
import { useT } from "~/i18n/use-t";
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
  const { candidate, result } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <BackLink href={`/jobcentre/candidates/${candidate.id}`}>{t("candidates.backToProfile")}</BackLink>
      <h1>{t("ranking.slotsFor", { alias: candidate.alias })}</h1>
      <p className="font-lead">{t("ranking.youDecide")}</p>
      <p role="status">{t("ranking.slotCount", { count: result.total })}</p>
      <SlotCards candidateId={candidate.id} rows={result.rows} />
      <Pagination {...result} />
    </div>
  );
}
