/**
 * The lengths our free-text fields allow. A too-long text is told the limit ("Skriv højst 120
 * tegn"), so each limit has its own message; a new limit needs a message in the catalogue
 * (the catalogue test checks every one here).
 */
export const TEXT_LIMITS = [80, 120, 160, 200, 1000, 2000] as const;
export type TextLimit = (typeof TEXT_LIMITS)[number];

export function tooLong<M extends TextLimit>(max: M): `error.text.max${M}` {
  return `error.text.max${max}`;
}
