import type { Industry } from "~/domain/companies/vocabulary";
import type { DeclineReason } from "~/domain/proposals/vocabulary";
import { useT } from "~/i18n/use-t";

/**
 * Declines by industry and reason as a table; on a phone each row becomes a block of
 * "label: value" lines (the list tables' stacked layout), so nothing scrolls sideways at 390 px.
 */
export function DeclinesByIndustry({ rows, total }: { rows: readonly { industry: Industry; reason: DeclineReason; n: number }[]; total: number }) {
  const t = useT();
  const headers = { industry: t("field.industry"), reason: t("field.declineReason"), count: t("declines.count"), share: t("declines.share") };
  return (
    <div className="data-table">
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={t("declines.byIndustry")}>
        <table className="table table--compact data-table__table">
          <caption>{t("declines.byIndustry")}</caption>
          <thead>
            <tr>
              <th scope="col">{headers.industry}</th>
              <th scope="col">{headers.reason}</th>
              <th scope="col" className="text-align-right">
                {headers.count}
              </th>
              <th scope="col" className="text-align-right">
                {headers.share}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.industry}-${r.reason}`}>
                <td data-label={headers.industry}>{t(`industry.${r.industry}`)}</td>
                <td data-label={headers.reason}>{t(`declineReason.${r.reason}`)}</td>
                <td data-label={headers.count} className="text-align-right">
                  {r.n}
                </td>
                <td data-label={headers.share} className="text-align-right">
                  {`${Math.round((r.n / total) * 100)} %`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
