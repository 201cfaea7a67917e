/** Kroner (at most two decimals) to whole øre, as stored. */
export function toOre(kroner: number): number {
  return Math.round(kroner * 100);
}

/** Whole øre, as stored, to kroner. */
export function fromOre(ore: number | null): number | null {
  return ore === null ? null : ore / 100;
}
