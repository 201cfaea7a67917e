import { createContext, createElement, useContext, type ReactElement, type ReactNode } from "react";

/**
 * Markup rendered once and kept (decision 078). The dashboards' tables, definitions and charts
 * depend only on their kept figures (decisions 045, 052) and a few strings (the language, the
 * period); rendering their 400-odd elements again on every view was most of what a repeat view
 * cost beyond the floor. On the server, `Kept` renders its children to a string the first time
 * for a (kept object, key) and then sends that string as its element's inner HTML. In the
 * browser (hydration, a client navigation) and in a server render without a renderer it renders
 * its children as any element: the markup is the same (kept-markup.test.tsx, dashboard.test.tsx),
 * so hydration finds what it would have found.
 *
 * The children are a function that must not use hooks or anything from the page's context
 * (they are rendered in a separate render, outside Remix's): the caller reads what they need
 * (`t`, the locale, ids from `useId`) first and closes over it.
 */
export type RenderMarkup = (children: ReactNode) => string;

const RenderMarkupContext = createContext<RenderMarkup | null>(null);

/** Given by entry.server.tsx (react-dom/server stays out of the browser's bundle). */
export const KeptMarkupRenderer = RenderMarkupContext.Provider;

const keptMarkup = new WeakMap<object, Map<string, string>>();

export function Kept({
  as,
  props,
  on,
  keptKey,
  limit,
  children,
}: {
  as: "div" | "figure" | "fieldset" | "tr" | "section";
  props: Record<string, string | undefined>;
  /** The kept figures (frozen, one object per dashboard version) the children are drawn from. */
  on: object;
  /** Everything besides `on` that the children read: the language, the period's strings, ids. */
  keptKey: string;
  /**
   * At most this many keys kept for `on`, the least recently used dropped first (decision 083:
   * the board keeps its rows and its filter form per value, and an `on` that lives as long as
   * the server must not grow without end). None: as many as are asked for (the dashboards, whose
   * `on` goes with its figures).
   */
  limit?: number;
  children: () => ReactNode;
}): ReactElement {
  const render = useContext(RenderMarkupContext);
  if (render === null) return createElement(as, props, children());
  let byKey = keptMarkup.get(on);
  if (byKey === undefined) keptMarkup.set(on, (byKey = new Map()));
  let html = byKey.get(keptKey);
  if (html === undefined) {
    html = render(children());
    if (limit !== undefined && byKey.size >= limit) byKey.delete(byKey.keys().next().value!);
    byKey.set(keptKey, html);
  } else if (limit !== undefined) {
    // Most recently used last: a Map keeps insertion order.
    byKey.delete(keptKey);
    byKey.set(keptKey, html);
  }
  return createElement(as, {
    ...props,
    dangerouslySetInnerHTML: { __html: html },
  });
}
