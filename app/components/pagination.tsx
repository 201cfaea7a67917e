import { useLocation } from "@remix-run/react";
import { pageCount } from "~/domain/pagination";
import { useT } from "~/i18n/use-t";

/** Plain links that keep the other query parameters (filters) of the page. */
export function Pagination({ page, total, pageSize }: { page: number; total: number; pageSize: number }) {
  const t = useT();
  const location = useLocation();
  const pages = pageCount(total, pageSize);
  const href = (p: number) => {
    const params = new URLSearchParams(location.search);
    params.set("page", String(p));
    return `${location.pathname}?${params.toString()}`;
  };
  // A page past the end (an old link, a bookmark after the list shrank): say so and lead to the last page.
  if (page > pages && total > 0) {
    return (
      <nav className="pagination" aria-label={t("pagination.label")}>
        <p>
          {t("pagination.pastEnd", { count: pages })} <a href={href(pages)}>{t(pages === 1 ? "pagination.toFirst" : "pagination.toLast")}</a>
        </p>
      </nav>
    );
  }
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      <ul className="pagination__items">
        {page > 1 ? (
          <li className="pagination-item">
            <a className="pagination-nav-link" href={href(page - 1)}>
              {t("pagination.previous")}
            </a>
          </li>
        ) : null}
        <li className="pagination-item">
          <span aria-current="page">{t("pagination.position", { page, pages })}</span>
        </li>
        {page < pages ? (
          <li className="pagination-item">
            <a className="pagination-nav-link" href={href(page + 1)}>
              {t("pagination.next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
