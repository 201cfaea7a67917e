import { Form, NavLink, useLocation, useRouteLoaderData } from "@remix-run/react";
import type { NavCount, NavItem } from "~/http/navigation";
import type { loader as rootLoader } from "~/root";
import { useT } from "~/i18n/use-t";
import { LanguageSwitch } from "./language-switch";

export function PageHeader() {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  const t = useT();
  const user = data?.user;
  return (
    <header className="header">
      <div className="portal-info">
        <div className="portal-info-inner container">
          <a href="/" className="logo" aria-label={t("layout.logoLabel")}>
            <span>Virk</span>
          </a>
          <div className="portal-user">
            <LanguageSwitch />
            {user ? (
              <>
                <p className="user">
                  <strong className="username">{user.name}</strong>
                  <br />
                  <span>{user.organisationName}</span>
                </p>
                <a
                  href="/notifications"
                  className="function-link header-notifications-link"
                  aria-label={user.unread > 0 ? `${t("nav.notifications")}: ${t("nav.notificationsUnread", { count: user.unread })}` : undefined}
                >
                  {t("nav.notifications")}
                  {user.unread > 0 ? (
                    <span className="notification-count" aria-hidden="true">
                      {user.unread}
                    </span>
                  ) : null}
                </a>
                <a href="/account" className="function-link header-account-link">
                  {t("nav.account")}
                </a>
                <Form method="post" action="/logout" className="inline-form">
                  <button type="submit" className="button button-secondary">
                    {t("auth.logout")}
                  </button>
                </Form>
              </>
            ) : (
              <a href="/login" className="button button-secondary">
                {t("auth.login")}
              </a>
            )}
          </div>
        </div>
      </div>
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <a href="/" aria-label={t("layout.homeLabel")}>
              Fodfæste
            </a>
          </div>
          <div className="additional-info">
            <p>{t("layout.tagline")}</p>
          </div>
        </div>
      </div>
      {user ? <MainNav items={user.nav} counts={user.navCounts} /> : null}
    </header>
  );
}

function MainNav({ items, counts }: { items: readonly NavItem[]; counts: Partial<Record<NavCount, number>> | null }) {
  const t = useT();
  const { pathname } = useLocation();
  const isActive = (item: { to: string; end?: boolean }) =>
    pathname === item.to || (!item.end && pathname.startsWith(`${item.to}/`));
  return (
    <nav className="navigation-menu" aria-label={t("layout.mainNavigation")}>
      <div className="navigation-menu-inner container">
        <ul className="mainmenu">
          {items.map((item) => {
            const count = item.count ? (counts?.[item.count] ?? 0) : 0;
            return (
              <li key={item.to} className={isActive(item) ? "active" : undefined}>
                <NavLink to={item.to} end={item.end} className="nav-link">
                  <span>
                    {t(item.labelKey)}
                    {count > 0 ? (
                      <span className="nav-count" aria-hidden="true">
                        {count}
                      </span>
                    ) : null}
                  </span>
                </NavLink>
                {/* Read after the link, so its name stays the page's name. */}
                {count > 0 ? <span className="sr-only">{t("nav.waiting", { count })}</span> : null}
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}

