import { splitFitLines, type FitLine } from "~/domain/candidates/fit";
import type { T } from "~/i18n/translate";
import { useT } from "~/i18n/use-t";

/**
 * A label ("Tempo", "Detailhandel") inside a sentence: its first letter small, as Danish (and
 * English) write it mid-sentence, unless it starts an abbreviation ("IT og kommunikation").
 */
export function inSentence(label: string): string {
  const [first, second] = label;
  return first !== undefined && second !== undefined && second === second.toLocaleLowerCase() ? first.toLocaleLowerCase() + label.slice(1) : label;
}

/** One plain line per factor, marked fits / to clarify / does not fit; hard misfits after, with their reason. */
export function FitLines({ lines, hardMisfits = [] }: { lines: readonly FitLine[]; hardMisfits?: readonly FitLine[] }) {
  return fitLinesWith(useT(), lines, hardMisfits);
}

/** The lines as `FitLines` draws them, with the page's `t` given (no hooks: for kept markup, decision 087). */
export function fitLinesWith(t: T, lines: readonly FitLine[], hardMisfits: readonly FitLine[] = []) {
  const text = (l: FitLine) => {
    const terms = Object.fromEntries(Object.entries(l.terms ?? {}).map(([k, key]) => [k, inSentence(t(key))]));
    return t(l.key, { ...(l.vars ?? {}), ...terms });
  };
  const item = (l: FitLine, i: number) => (
    <li key={`${l.factor}-${i}`} className={`fit-line fit-${l.verdict}`}>
      <strong className="fit-verdict">{t(`fit.verdict.${l.verdict}`)}:</strong> {text(l)}
    </li>
  );
  return (
    <>
      <ul className="nobullet-list fit-lines">{lines.map(item)}</ul>
      {hardMisfits.length > 0 ? (
        <>
          <p className="fit-hard-heading">
            <strong>{t("fit.hardHeading")}</strong>
          </p>
          <ul className="nobullet-list fit-lines">{hardMisfits.map(item)}</ul>
        </>
      ) : null}
    </>
  );
}

/** A proposal's stored fit (one list): the lines, then the hard misfits with their reason. */
export function StoredFitLines({ lines }: { lines: readonly FitLine[] }) {
  const split = splitFitLines(lines);
  return <FitLines lines={split.lines} hardMisfits={split.hardMisfits} />;
}
