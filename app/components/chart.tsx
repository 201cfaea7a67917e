import { Fragment, useId, type ReactNode } from "react";
import { barGeometry, barPaths, LEGEND_MARKERS, lineGeometry, linePaths, rulePath, type BarChartView, type LineChartView } from "~/charts/view";
import { Kept } from "~/components/kept-markup";
import { formatNumber } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

/*
 * Charts drawn as plain SVG from geometry computed on the server (app/charts/layout.server.ts).
 * Every chart has a title and a description for screen readers, and the same figures as a
 * table one click away. Series differ by line style and marker shape as well as colour, so
 * colour never carries the meaning alone; the colours keep at least 3:1 against white.
 */

const COLOURS = ["#0059b3", "#1a1a1a", "#a34700", "#5b2b8a"] as const;
const DASHES = [undefined, "7 4", "2 4", "10 3 2 3"] as const;
const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length]!;

/** A series' markers, one path for all of them (markerPath, kept per view: linePaths); the fourth shape is outlined. */
function Markers({ shape, d, colour }: { shape: number; d: string; colour: string }) {
  if (d === "") return null;
  return shape % 4 === 3 ? <path d={d} fill="#fff" stroke={colour} strokeWidth={2} /> : <path d={d} fill={colour} />;
}

function Figure({
  title,
  description,
  svg,
  legend,
  table,
  kept,
}: {
  title: string;
  description: string;
  svg: (ids: { title: string; desc: string }) => ReactNode;
  legend?: () => ReactNode;
  table: () => ReactNode;
  kept?: { on: object; key: string };
}) {
  const t = useT();
  const id = useId();
  const ids = { title: `${id}-title`, desc: `${id}-desc` };
  const showFigures = t("chart.showFigures");
  // No hooks below: with `kept` the inside is rendered once per view and key (decision 078).
  const inside = () => (
    <>
      <figcaption id={`${id}-caption`} className="h4">
        {title}
      </figcaption>
      <p className="form-hint">{description}</p>
      {svg(ids)}
      {legend?.()}
      <details className="chart-table">
        <summary>{showFigures}</summary>
        {table()}
      </details>
    </>
  );
  const props = { className: "chart", "aria-labelledby": `${id}-caption` };
  if (kept === undefined) return <figure {...props}>{inside()}</figure>;
  return (
    <Kept as="figure" props={props} on={kept.on} keptKey={`${kept.key}\u0000${id}\u0000${title}\u0000${description}\u0000${showFigures}`}>
      {inside}
    </Kept>
  );
}

/*
 * A line chart's table rows by view and `tableKey` (decision 080). React elements are plain data
 * that a render only reads, so the same rows can be written by every render of the view.
 */
const tableRowsKept = new WeakMap<object, Map<string, ReactNode>>();
function keptTableRows(view: object, key: string, make: () => ReactNode): ReactNode {
  let byKey = tableRowsKept.get(view);
  if (!byKey) tableRowsKept.set(view, (byKey = new Map()));
  let rows = byKey.get(key);
  if (rows === undefined) byKey.set(key, (rows = make()));
  return rows;
}

export function LineChart<X extends string | number, Id extends string>(props: {
  view: LineChartView<X, Id>;
  title: string;
  description: string;
  seriesLabel: (id: Id) => string;
  formatX: (x: X) => string;
  xLabel: string;
  yLabel: string;
  formatValue?: (value: number) => string;
  /** Points in time worth a vertical marker (an adjustment, the 13-week mark). */
  marks?: { xValue: X; label: string }[];
  /** What the marks are, for the legend and the table's column (default: "Markering"). */
  markLabel?: string;
  /** Label every n-th x position only (long series on a phone); the table has them all. */
  xLabelEvery?: number;
  /** A shorter x label on the axis (e.g. "3" under the axis name "Uge"); the table uses formatX. */
  formatTick?: (x: X) => string;
  /**
   * Drawn once and kept with the view (decision 078): a string that names everything the
   * labels, formats and marks depend on besides the view (the language, the period). The view must not
   * change once drawn (the dashboard's kept figures are frozen); without it, drawn per render.
   */
  keep?: string;
  /**
   * Where the table's rows are the same for this view whenever this value is (the page's language,
   * when the view and its marks are kept per placement): they are then made once per view and
   * value and given again (decision 080). Leave out where the formatters or marks vary otherwise.
   */
  tableKey?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const { view, seriesLabel, formatX } = props;
  const geometry = lineGeometry(view);
  const paths = linePaths(view);
  const fmt = props.formatValue ?? ((v: number) => formatNumber(locale, v));
  const marks = props.marks ?? [];
  const markLabel = props.markLabel ?? t("chart.mark");
  const every = Math.max(1, props.xLabelEvery ?? 1);
  const formatTick = props.formatTick ?? formatX;
  const markXs = marks.flatMap((mark) => geometry.xTicks.find((tick) => tick.value === mark.xValue)?.x ?? []);
  const hasData = geometry.ys.some((ys) => ys.some((y) => y !== null));
  const noData = t("chart.noData");
  const tableRows = () =>
    geometry.xTicks.map((tick, row) => (
      <tr key={String(tick.value)}>
        <th scope="row">{formatX(tick.value)}</th>
        {view.series.map((series) => {
          const value = series.values[row];
          return <td key={series.id}>{value === null || value === undefined ? "–" : fmt(value)}</td>;
        })}
        {marks.length > 0 ? (
          <td>
            {marks
              .filter((m) => m.xValue === tick.value)
              .map((m) => m.label)
              .join("; ")}
          </td>
        ) : null}
      </tr>
    ));
  return (
    <Figure
      title={props.title}
      description={props.description}
      kept={props.keep === undefined ? undefined : { on: view, key: `${locale}\u0000${props.keep}` }}
      svg={(ids) => (
        <svg className="chart-svg" viewBox={`0 0 ${view.width} ${view.height}`} role="img" aria-labelledby={`${ids.title} ${ids.desc}`}>
          <title id={ids.title}>{props.title}</title>
          <desc id={ids.desc}>{props.description}</desc>
          <path d={paths.grid} fill="none" stroke="#d8d8d8" />
          {geometry.yTicks.map((tick) => (
            <text key={tick.value} x={view.plot.left - 8} y={tick.y + 4} textAnchor="end" className="chart-tick">
              {fmt(tick.value)}
            </text>
          ))}
          {geometry.xTicks.map((tick, i) =>
            i % every === 0 ? (
              <text key={String(tick.value)} x={tick.x} y={view.plot.bottom + 18} textAnchor="middle" className="chart-tick">
                {formatTick(tick.value)}
              </text>
            ) : null,
          )}
          <text x={view.plot.left} y={view.height - 4} className="chart-axis-label">
            {props.xLabel}
          </text>
          <text x={4} y={view.plot.top - 18} className="chart-axis-label">
            {props.yLabel}
          </text>
          {markXs.length > 0 ? <path d={rulePath("V", markXs, view.plot.top, view.plot.bottom)} fill="none" stroke="#5b2b8a" strokeDasharray="3 3" /> : null}
          {view.series.map((series, i) => (
            <Fragment key={series.id}>
              <path d={paths.lines[i]} fill="none" stroke={pick(COLOURS, i)} strokeWidth={2.5} strokeDasharray={pick(DASHES, i)} />
              <Markers shape={i} d={paths.markers[i]!} colour={pick(COLOURS, i)} />
            </Fragment>
          ))}
          {!hasData ? (
            <text x={(view.plot.left + view.plot.right) / 2} y={(view.plot.top + view.plot.bottom) / 2} textAnchor="middle" className="chart-tick">
              {noData}
            </text>
          ) : null}
        </svg>
      )}
      legend={() => (
        <ul className="chart-legend">
          {view.series.map((series, i) => (
            <li key={series.id}>
              <svg width={36} height={12} aria-hidden="true" focusable="false">
                <line x1={2} x2={34} y1={6} y2={6} stroke={pick(COLOURS, i)} strokeWidth={2.5} strokeDasharray={pick(DASHES, i)} />
                <Markers shape={i} d={pick(LEGEND_MARKERS, i)} colour={pick(COLOURS, i)} />
              </svg>{" "}
              {seriesLabel(series.id)}
            </li>
          ))}
          {marks.length > 0 ? (
            <li>
              <svg width={36} height={12} aria-hidden="true" focusable="false">
                <line x1={18} x2={18} y1={0} y2={12} stroke="#5b2b8a" strokeDasharray="3 3" />
              </svg>{" "}
              {markLabel}
            </li>
          ) : null}
        </ul>
      )}
      table={() => (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{props.xLabel}</th>
                {view.series.map((series) => (
                  <th scope="col" key={series.id}>
                    {seriesLabel(series.id)}
                  </th>
                ))}
                {marks.length > 0 ? <th scope="col">{markLabel}</th> : null}
              </tr>
            </thead>
            <tbody>{props.tableKey === undefined ? tableRows() : keptTableRows(view, props.tableKey, tableRows)}</tbody>
          </table>
        </div>
      )}
    />
  );
}

export function BarChart<Id extends string>(props: {
  view: BarChartView<Id>;
  title: string;
  description: string;
  barLabel: (id: Id) => string;
  valueLabel: string;
  categoryLabel: string;
  formatValue?: (value: number) => string;
  /** As LineChart's `keep` (decision 078). */
  keep?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const { view, barLabel } = props;
  const geometry = barGeometry(view);
  const paths = barPaths(view);
  const fmt = props.formatValue ?? ((v: number) => formatNumber(locale, v));
  const noData = t("chart.noData");
  return (
    <Figure
      title={props.title}
      description={props.description}
      kept={props.keep === undefined ? undefined : { on: view, key: `${locale}\u0000${props.keep}` }}
      svg={(ids) => (
        <svg className="chart-svg" viewBox={`0 0 ${view.width} ${geometry.height}`} role="img" aria-labelledby={`${ids.title} ${ids.desc}`}>
          <title id={ids.title}>{props.title}</title>
          <desc id={ids.desc}>{props.description}</desc>
          <path d={paths.grid} fill="none" stroke="#d8d8d8" />
          {geometry.xTicks.map((tick) => (
            <text key={tick.value} x={tick.x} y={geometry.axisY + 18} textAnchor="middle" className="chart-tick">
              {fmt(tick.value)}
            </text>
          ))}
          {paths.bars !== "" ? <path d={paths.bars} fill={COLOURS[0]} /> : null}
          {geometry.bars.map((bar) => (
            <Fragment key={bar.id}>
              <text x={bar.x} y={bar.labelY} className="chart-tick">
                {barLabel(bar.id)}
              </text>
              <text x={bar.x + bar.width + 6} y={bar.y + bar.height - 4} className="chart-tick">
                {fmt(bar.value)}
              </text>
            </Fragment>
          ))}
          {view.bars.length === 0 ? (
            <text x={view.width / 2} y={geometry.height / 2} textAnchor="middle" className="chart-tick">
              {noData}
            </text>
          ) : null}
        </svg>
      )}
      table={() => (
        <table className="table table--compact">
          <caption className="sr-only">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.categoryLabel}</th>
              <th scope="col">{props.valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {view.bars.map((bar) => (
              <tr key={bar.id}>
                <th scope="row">{barLabel(bar.id)}</th>
                <td>{fmt(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
