import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { Alert } from "~/components/alerts";
import { PageHeader } from "~/components/header";
import { PageFooter } from "~/components/footer";
import { useNonce } from "~/components/nonce";
import { rootData } from "~/http/root-data.server";
import { receiveMessages } from "~/i18n/catalogue";
import { DEFAULT_LOCALE } from "~/i18n/locales";
import { useLocale, useT } from "~/i18n/use-t";
import dkfdsCss from "dkfds-dist/css/dkfds-virkdk.min.css?url";
import appCss from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: dkfdsCss },
  { rel: "stylesheet", href: appCss },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Fodfæste" }];

export function loader(args: LoaderFunctionArgs) {
  return rootData(args);
}

/** Another page writes other messages (decision 043): the root's messages come again for it. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  defaultShouldRevalidate || currentUrl.pathname !== nextUrl.pathname;

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  // Before any child renders: the browser's catalogue gets this page's messages (a no-op on the server).
  if (data?.messages) receiveMessages(data.locale, data.messages);
  const nonce = useNonce();
  return (
    <html lang={data?.locale ?? DEFAULT_LOCALE}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const t = useT();
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t("layout.skipToContent")}
      </a>
      <PageHeader />
      <main id="main-content" className="container page-container" tabIndex={-1}>
        {data?.user?.companyStatus === "pending" ? (
          <Alert kind="warning" heading={t("pendingBanner.heading")}>
            <p>{t("pendingBanner.body")}</p>
          </Alert>
        ) : null}
        {children}
      </main>
      <PageFooter />
    </>
  );
}

/**
 * After a client-side navigation, move focus to the new page's main content so keyboard
 * and screen-reader users start there, as they would after a full page load.
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // An error summary takes focus itself; leave it there.
    if (document.activeElement?.closest(".alert-error")) return;
    document.getElementById("main-content")?.focus();
  }, [pathname]);
}

export default function App() {
  useLoaderData<typeof loader>();
  useFocusMainOnNavigation();
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const locale = useLocale();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key = status === 404 ? "notFound" : status === 403 ? "forbidden" : status === 429 ? "tooMany" : "serverError";
  if (status >= 500) console.error(error);
  return (
    <Shell>
      <div lang={locale}>
        <h1>{t(`errorPage.${key}.title`)}</h1>
        <p className="font-lead">{t(`errorPage.${key}.body`)}</p>
        <p>
          <a href="/" className="function-link">
            {t("errorPage.backHome")}
          </a>
        </p>
      </div>
    </Shell>
  );
}
