/**
 * Singular only for exactly one FTE: Danish CLDR would also pick "one" for 1,5 ("1,5 ordinært ansat").
 * Apart from meter.tsx: the pages that only write a workplace's FTE are not sent the meter's messages.
 */
export function fteCount(fte: number): number {
  return fte === 1 ? 1 : 2;
}
