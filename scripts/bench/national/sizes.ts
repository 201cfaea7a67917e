/** How much the generator writes. NATIONAL is issue 10's national size; tests use a small one. */
export interface Sizes {
  jobcentres: number;
  consultantsPerJobcentre: number;
  companies: number;
  /** The first company of the first jobcentre is a chain with this many workplaces. */
  chainWorkplaces: number;
  tasks: number;
  slots: number;
  candidates: number;
  proposals: number;
  /** Placements, each from an accepted proposal; their follow-ups, ends, stories and notifications follow from them. */
  placements: number;
  auditRows: number;
  /**
   * The first jobcentre is the big city: this part of the companies (and so of their tasks and
   * slots) and of the candidates and proposals, and `bigCityAudit` of the audit log. Its admin
   * reads page 10,000 of the log; the others share the rest evenly.
   */
  bigCity: number;
  bigCityAudit: number;
}

export const NATIONAL: Sizes = {
  jobcentres: 100,
  consultantsPerJobcentre: 4,
  companies: 20_000,
  chainWorkplaces: 100,
  tasks: 100_000,
  slots: 50_000,
  candidates: 200_000,
  proposals: 20_000,
  placements: 100_000,
  auditRows: 1_000_000,
  bigCity: 0.1,
  bigCityAudit: 0.3,
};

/** NATIONAL times a factor (each size at least 1; a chain of at least 2 workplaces). */
export function scaled(factor: number): Sizes {
  const s = (n: number) => Math.max(1, Math.round(n * factor));
  return {
    jobcentres: s(NATIONAL.jobcentres),
    consultantsPerJobcentre: NATIONAL.consultantsPerJobcentre,
    companies: s(NATIONAL.companies),
    chainWorkplaces: Math.max(2, s(NATIONAL.chainWorkplaces)),
    tasks: s(NATIONAL.tasks),
    slots: s(NATIONAL.slots),
    candidates: s(NATIONAL.candidates),
    proposals: s(NATIONAL.proposals),
    placements: s(NATIONAL.placements),
    auditRows: s(NATIONAL.auditRows),
    bigCity: NATIONAL.bigCity,
    bigCityAudit: NATIONAL.bigCityAudit,
  };
}

/** `n` split over `parts` as evenly as it goes; part `i` gets `share(n, parts, i)`. */
export function share(n: number, parts: number, i: number): number {
  return Math.floor(((i + 1) * n) / parts) - Math.floor((i * n) / parts);
}

/** Part `i` of `n` when the first of `parts` takes `first` (a fraction) and the others share the rest. */
export function portion(n: number, parts: number, i: number, first: number): number {
  if (parts === 1) return n;
  const big = Math.round(n * first);
  return i === 0 ? big : share(n - big, parts - 1, i - 1);
}

/** A small deterministic generator (mulberry32), so two runs write the same data. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
export type Random = ReturnType<typeof random>;
