import type { ReactNode } from "react";
import type { AgeBand, ConsentStatus } from "~/domain/candidates/vocabulary";
import type { FitLine } from "~/domain/candidates/fit";
import { formatDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { isOpenProposal, type ProposalStatus } from "~/domain/proposals/vocabulary";
import { fitLinesWith, inSentence } from "./fit-lines";
import { Kept } from "./kept-markup";

/**
 * The ranked lists' cards (candidates for a slot, slots for a candidate), each drawn once per its
 * fields, the page's id and the language, and then sent as kept markup (decision 087): a card's
 * ten-odd fit lines were most of what a view of 20–25 cards cost beyond the floor. The key is the
 * whole card as JSON, so any change of a field, a line or its figures draws it anew.
 */
export const FIT_CARDS_KEPT = 1000;

export interface CandidateCard {
  id: number;
  alias: string;
  ageBand: AgeBand;
  consentStatus: ConsentStatus;
  openProposalId: number | null;
  lines: FitLine[];
  hardMisfits: FitLine[];
}

export interface SlotCard {
  id: number;
  title: string;
  companyName: string;
  city: string;
  startDate: string;
  lines: FitLine[];
  hardMisfits: FitLine[];
  /** The candidate's latest proposal to this slot, if any: open, accepted, declined or withdrawn, and its day. */
  proposal: { id: number; status: ProposalStatus; on: string } | null;
}

// What the kept cards are kept with: one per list, for the server's life (bounded by FIT_CARDS_KEPT).
const CANDIDATE_CARDS = {};
const SLOT_CARDS = {};

const mayPropose = (hardMisfits: readonly FitLine[]) => hardMisfits.every((l) => l.factor !== "consent");

/** One card: a section labelled by its heading, drawn in full or kept with its list under `keptKey`. */
function Card({ keep, labelledBy, on, keptKey, children }: { keep: boolean; labelledBy: string; on: object; keptKey: string; children: () => ReactNode }) {
  const props = { className: "candidate-card", "aria-labelledby": labelledBy };
  return keep ? (
    <Kept as="section" props={props} on={on} keptKey={keptKey} limit={FIT_CARDS_KEPT}>
      {children}
    </Kept>
  ) : (
    <section {...props}>{children()}</section>
  );
}

/** The jobcentre's candidates for one slot, each with its fit lines and what the consultant can do next. */
export function CandidateCards({ slotId, rows, keep = true }: { slotId: number; rows: readonly CandidateCard[]; keep?: boolean }) {
  const t = useT();
  const locale = useLocale();
  return rows.map((c) => {
    const card = () => (
      <>
        <h2 className="h3" id={`candidate-${c.id}`}>
          <a href={`/jobcentre/candidates/${c.id}?fromSlot=${slotId}`}>{c.alias}</a>
        </h2>
        <p>
          {t(`ageBand.${c.ageBand}`)} · {t(`consentStatus.${c.consentStatus}`)}
        </p>
        {fitLinesWith(t, c.lines, c.hardMisfits)}
        {c.openProposalId ? (
          <a href={`/jobcentre/proposals/${c.openProposalId}`}>{t("ranking.alreadyProposed")}</a>
        ) : mayPropose(c.hardMisfits) ? (
          <a href={`/jobcentre/proposals/new?candidateId=${c.id}&slotId=${slotId}`} className="button button-secondary">
            {t("ranking.proposeAlias", { alias: c.alias })}
          </a>
        ) : null}
      </>
    );
    return (
      <Card key={c.id} keep={keep} labelledBy={`candidate-${c.id}`} on={CANDIDATE_CARDS} keptKey={`${locale}\u0000${slotId}\u0000${JSON.stringify(c)}`}>
        {card}
      </Card>
    );
  });
}

/** The open slots for one candidate, each with its fit lines and the way to propose. */
export function SlotCards({ candidateId, rows, keep = true }: { candidateId: number; rows: readonly SlotCard[]; keep?: boolean }) {
  const t = useT();
  const locale = useLocale();
  return rows.map((s) => {
    const card = () => (
      <>
        <h2 className="h3" id={`slot-${s.id}`}>
          <a href={`/jobcentre/slots/${s.id}`}>{s.title}</a>
        </h2>
        <p>
          {s.companyName} · {s.city} · {t("ranking.starts", { date: formatDate(locale, `${s.startDate}T12:00:00`) })}
        </p>
        {fitLinesWith(t, s.lines, s.hardMisfits)}
        {s.proposal ? (
          <p>
            <a href={`/jobcentre/proposals/${s.proposal.id}`}>
              {t(isOpenProposal(s.proposal.status) ? "ranking.alreadyProposed" : "ranking.earlierProposal", {
                status: inSentence(t(`proposalStatus.${s.proposal.status}`)),
                date: formatDate(locale, `${s.proposal.on}T12:00:00`),
              })}
            </a>
          </p>
        ) : null}
        {mayPropose(s.hardMisfits) && (s.proposal === null || s.proposal.status === "declined" || s.proposal.status === "withdrawn") ? (
          <a href={`/jobcentre/proposals/new?candidateId=${candidateId}&slotId=${s.id}`} className="button button-secondary">
            {t("ranking.propose")}
            <span className="sr-only"> «{s.title}», {s.companyName}</span>
          </a>
        ) : null}
      </>
    );
    return (
      <Card key={s.id} keep={keep} labelledBy={`slot-${s.id}`} on={SLOT_CARDS} keptKey={`${locale}\u0000${candidateId}\u0000${JSON.stringify(s)}`}>
        {card}
      </Card>
    );
  });
}
