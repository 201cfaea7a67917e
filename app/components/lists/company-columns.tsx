import type { CompanyStatus, Industry } from "~/domain/companies/vocabulary";
import { formatDate, formatNumber } from "~/i18n/translate";
import { csvDate, type Column } from "../data-table";

export interface CompanyRow {
  id: number;
  name: string;
  cvr: string;
  industry: Industry;
  status: CompanyStatus;
  createdAt: Date | string;
}

/** The jobcentre's companies (all, or those waiting for verification). */
export const companyColumns: Column<CompanyRow>[] = [
  { key: "name", header: "field.companyName", cell: (c) => <a href={`/jobcentre/companies/${c.id}`}>{c.name}</a>, csv: (c) => c.name },
  { key: "cvr", header: "field.cvr", cell: (c) => c.cvr, csv: (c) => c.cvr },
  { key: "industry", header: "field.industry", cell: (c, { t }) => t(`industry.${c.industry}`), csv: (c, { t }) => t(`industry.${c.industry}`) },
  { key: "status", header: "field.status", cell: (c, { t }) => t(`companyStatus.${c.status}`), csv: (c, { t }) => t(`companyStatus.${c.status}`) },
  { key: "signedUp", header: "field.signedUp", cell: (c, { locale }) => formatDate(locale, c.createdAt), csv: (c) => csvDate(c.createdAt) },
];

export interface WorkplaceRow {
  id: number;
  name: string;
  pNumber: string;
  address: string;
  postcode: string;
  city: string;
  ordinaryFte: number;
  closed: boolean;
}

/** A company's workplaces; the name links to `href` where the reader may open one (HR edits them). */
function workplaceColumnsLinking(href?: (id: number) => string): Column<WorkplaceRow>[] {
  return [
  { key: "name", header: "field.workplaceName", cell: (w) => (href ? <a href={href(w.id)}>{w.name}</a> : w.name), csv: (w) => w.name },
  { key: "pNumber", header: "field.pNumber", cell: (w) => w.pNumber, csv: (w) => w.pNumber },
  { key: "address", header: "field.address", cell: (w) => `${w.address}, ${w.postcode} ${w.city}`, csv: (w) => w.address },
  { key: "postcode", header: "field.postcode", csv: (w) => w.postcode },
  { key: "city", header: "field.city", csv: (w) => w.city },
  { key: "fte", header: "field.ordinaryFte", numeric: true, cell: (w, { locale }) => formatNumber(locale, w.ordinaryFte), csv: (w) => w.ordinaryFte },
  {
    key: "status",
    header: "field.status",
    cell: (w, { t }) => (w.closed ? t("workplace.closed") : t("workplace.open")),
    csv: (w, { t }) => (w.closed ? t("workplace.closed") : t("workplace.open")),
  },
  ];
}

/** HR's own workplaces, each a link to its form. */
export const workplaceColumns = workplaceColumnsLinking((id) => `/company/workplaces/${id}`);
/** A company's workplaces as the jobcentre reads them. */
export const jobcentreWorkplaceColumns = workplaceColumnsLinking();
