import type { CompanyStatus, Industry } from "~/domain/companies/schema";
import { formatDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";

interface Row {
  id: number;
  name: string;
  cvr: string;
  industry: Industry;
  status: CompanyStatus;
  createdAt: Date | string;
}

export function CompanyTable({ rows, caption }: { rows: Row[]; caption: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("field.companyName")}</th>
            <th scope="col">{t("field.cvr")}</th>
            <th scope="col">{t("field.industry")}</th>
            <th scope="col">{t("field.status")}</th>
            <th scope="col">{t("field.signedUp")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td>
                <a href={`/jobcentre/companies/${c.id}`}>{c.name}</a>
              </td>
              <td>{c.cvr}</td>
              <td>{t(`industry.${c.industry}`)}</td>
              <td>{t(`companyStatus.${c.status}`)}</td>
              <td>{formatDate(locale, c.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
