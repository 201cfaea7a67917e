import { isListPage, safeRedirect } from "./navigation";

/**
 * Where a page's back link leads (issue 9.12): the `?back=` the link that led here carried,
 * else the list the browser says it came from (same site, a list page only, with its filters),
 * else the page's usual parent.
 * Every candidate goes through `safeRedirect`, so a back link never leaves the portal, and a
 * link back to the page itself (after a form on it was sent) falls back to the parent.
 */
export function backPath(request: Request, fallback: string): { href: string; fromUser: boolean } {
  const url = new URL(request.url);
  const usable = (candidate: string | null | undefined) => {
    if (!candidate) return null;
    const path = safeRedirect(candidate, "");
    if (!path || new URL(path, url.origin).pathname === url.pathname) return null;
    return path;
  };
  const explicit = usable(url.searchParams.get("back"));
  if (explicit) return { href: explicit, fromUser: true };
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const from = new URL(referer);
      const path = from.host === url.host && isListPage(from.pathname) ? usable(from.pathname + from.search) : null;
      if (path) return { href: path, fromUser: true };
    } catch {
      // An unreadable Referer is no place to go back to.
    }
  }
  return { href: fallback, fromUser: false };
}

/** A link to `path` that remembers `back` (the current page), for the next page's back link. */
export function withBack(path: string, back: string | null | undefined): string {
  if (!back) return path;
  const safe = safeRedirect(back, "");
  if (!safe) return path;
  return `${path}${path.includes("?") ? "&" : "?"}back=${encodeURIComponent(safe)}`;
}
