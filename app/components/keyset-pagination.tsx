import { useLocation } from "@remix-run/react";
import { KEYSET_PARAMS, type KeysetLinks } from "~/domain/keyset";
import { useT } from "~/i18n/use-t";

/**
 * Newest / newer / older / oldest for a list paged by keyset (app/domain/keyset.ts): plain
 * links that keep the page's filters, so paging works without JavaScript.
 */
export function KeysetPagination({ links }: { links: KeysetLinks }) {
  const t = useT();
  const location = useLocation();
  if (!links.newer && !links.older) return null;
  const href = (param?: [string, string]) => {
    const params = new URLSearchParams(location.search);
    for (const key of [...KEYSET_PARAMS, "page"]) params.delete(key);
    if (param) params.set(...param);
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ""}`;
  };
  const items: { key: string; label: string; href: string }[] = [];
  if (links.newer) items.push({ key: "newest", label: t("pagination.newest"), href: href() }, { key: "newer", label: t("pagination.newer"), href: href(["newer", links.newer]) });
  if (links.older) items.push({ key: "older", label: t("pagination.older"), href: href(["older", links.older]) }, { key: "oldest", label: t("pagination.oldest"), href: href(["oldest", "1"]) });
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      <ul className="pagination__items">
        {items.map((item) => (
          <li key={item.key} className="pagination-item">
            <a className="pagination-nav-link" href={item.href}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
