import { describe, expect, it, vi } from "vitest";
import { fit } from "~/domain/candidates/fit";
import { AGE_BANDS, CONSENT_STATUSES } from "~/domain/candidates/vocabulary";
import { PROPOSAL_STATUSES } from "~/domain/proposals/vocabulary";
import { LOCALES } from "~/i18n/locales";
import { CandidateCards, SlotCards, type CandidateCard, type SlotCard } from "./fit-cards";
import { fitCases } from "../../tests/fit-cases";
import { random } from "../../tests/random";
import { expectKeptAsDrawn, keptRendering } from "../../tests/kept-render";

/*
 * Decision 087: the ranked lists' cards are drawn once per (the whole card, the page's id, the
 * language) and then sent as kept markup. Pages of cards are rendered as the server renders them
 * three ways — drawn in full (the browser's way), drawn and kept, and from what was kept — over
 * many views in which candidates and slots are renamed, their fit lines change, a proposal is made
 * or consent runs out, or cards come back as they were, in both languages: the same bytes each time.
 */

const page = vi.hoisted(() => ({ locale: "da" as "da" | "en" }));
vi.mock("~/i18n/use-t", async () => {
  const { translator: tr } = await import("~/i18n/translate");
  return { useLocale: () => page.locale, useT: () => tr(page.locale) };
});

const TEXTS = ["Lager", "Køkkenhjælp & opvask", "Café <Øst>", 'Pakkeri "Nord"', "Ældrepleje – nat", "Åben's butik", "a|b"];
const cases = fitCases(11);
const r = random(5);
const someFit = () => fit(cases.candidate(), cases.slot(), cases.context());

function candidateCard(id: number): CandidateCard {
  const f = someFit();
  return { id, alias: `${r.pick(TEXTS)} ${id}`, ageBand: r.pick(AGE_BANDS), consentStatus: r.pick(CONSENT_STATUSES), openProposalId: r.pick([null, null, 40 + id]), lines: f.lines, hardMisfits: f.hardMisfits };
}

function slotCard(id: number): SlotCard {
  const f = someFit();
  const proposal = r.pick([null, null, ...PROPOSAL_STATUSES.map((status) => ({ id: 60 + id, status, on: r.pick(["2026-11-03", "2026-12-01"]) }))]);
  return { id, title: r.pick(TEXTS), companyName: r.pick(TEXTS), city: r.pick(["Aarhus C", "Ærø", "Kbh. K"]), startDate: r.pick(["2026-01-05", "2026-12-17", "2027-02-28"]), lines: f.lines, hardMisfits: f.hardMisfits, proposal };
}

/** A card changed as a view might find it: renamed, new fit lines, or (candidates) a proposal made, consent run out. */
function changedCandidate(c: CandidateCard): CandidateCard {
  const other = candidateCard(c.id);
  const field = r.pick(["alias", "ageBand", "consentStatus", "openProposalId", "lines", "hardMisfits"] as const);
  return { ...c, [field]: other[field] };
}
function changedSlot(s: SlotCard): SlotCard {
  const other = slotCard(s.id);
  const field = r.pick(["title", "companyName", "city", "startDate", "lines", "hardMisfits", "proposal"] as const);
  return { ...s, [field]: other[field] };
}

describe("the ranked lists' cards drawn once and kept (decision 087)", () => {
  it("are the same bytes as drawn in full, view after view, as cards change and come back", async () => {
    const keeping = keptRendering();
    let candidates = Array.from({ length: 20 }, (_, i) => candidateCard(i + 1));
    let slots = Array.from({ length: 25 }, (_, i) => slotCard(i + 1));
    for (let view = 0; view < 24; view++) {
      for (const locale of LOCALES) {
        page.locale = locale;
        const slotId = view % 3 === 0 ? 7 : 8;
        await expectKeptAsDrawn(keeping, (keep) => <CandidateCards slotId={slotId} rows={candidates} keep={keep} />, `candidates, view ${view}, ${locale}`);
        await expectKeptAsDrawn(keeping, (keep) => <SlotCards candidateId={slotId} rows={slots} keep={keep} />, `slots, view ${view}, ${locale}`);
      }
      const before = [candidates, slots] as const;
      candidates = candidates.map((c) => (r.int(4) === 0 ? changedCandidate(c) : c));
      slots = slots.map((s) => (r.int(4) === 0 ? changedSlot(s) : s));
      // Now and then the page goes back to an earlier view: its cards come from what was kept.
      if (view % 5 === 4) [candidates, slots] = [before[0], before[1]];
    }
  });

  it("a card's every field, and the page's id, draw it anew", async () => {
    const keeping = keptRendering();
    const base = candidateCard(1);
    page.locale = "da";
    await keeping.draw(<CandidateCards slotId={1} rows={[base]} />, true);
    const variants: [string, JSX.Element][] = [
      ["alias", <CandidateCards key="a" slotId={1} rows={[{ ...base, alias: `${base.alias}x` }]} />],
      ["proposal", <CandidateCards key="b" slotId={1} rows={[{ ...base, openProposalId: (base.openProposalId ?? 0) + 1 }]} />],
      ["a line's figure", <CandidateCards key="c" slotId={1} rows={[{ ...base, lines: base.lines.map((l, i) => (i === 0 ? { ...l, vars: { ...l.vars, now: 99 } } : l)) }]} />],
      ["the slot", <CandidateCards key="d" slotId={2} rows={[base]} />],
    ];
    const slot = { ...slotCard(1), proposal: null };
    await keeping.draw(<SlotCards candidateId={1} rows={[slot]} />, true);
    variants.push(["a slot's earlier proposal", <SlotCards key="e" candidateId={1} rows={[{ ...slot, proposal: { id: 9, status: "declined", on: "2026-11-03" } }]} />]);
    variants.push(["its status", <SlotCards key="f" candidateId={1} rows={[{ ...slot, proposal: { id: 9, status: "withdrawn", on: "2026-11-03" } }]} />]);
    for (const [what, element] of variants) {
      keeping.reset();
      await keeping.draw(element, true);
      expect(keeping.rendered(), what).toBe(1);
    }
  });
});
