import type { FlagKind } from "~/domain/placements/flags";
import type { T } from "~/i18n/translate";
import { useT } from "~/i18n/use-t";
import { Icon } from "./icon";

/*
 * Apart from placement-flags.tsx: a list names the flags only, and a page is sent the messages
 * of the modules it imports (decision 043), so the dashboard and the placement lists no longer
 * get the flags' long texts and the start page's headings (decision 052).
 */

/** In a placement list: short names of the flags (the page says more), or a dash. */
export function FlagNames({ flags }: { flags: readonly { kind: FlagKind }[] }) {
  return <FlagNamesIn t={useT()} flags={flags} />;
}

/** The same with the page's `t` given: no hooks, for markup drawn once and kept (decision 078). */
export function FlagNamesIn({ t, flags }: { t: T; flags: readonly { kind: FlagKind }[] }) {
  if (flags.length === 0) return <>–</>;
  return (
    <ul className="nobullet-list flag-names">
      {flags.map((f) => (
        <li key={f.kind}>
          <Icon name="warning" className="flag-icon" />
          {` ${t(`flagShort.${f.kind}`)}`}
        </li>
      ))}
    </ul>
  );
}
