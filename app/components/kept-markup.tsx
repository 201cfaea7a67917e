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

/** The renderer in a server render; null in the browser and in a render without it. */
export function useKeptMarkupRenderer(): RenderMarkup | null {
  return useContext(RenderMarkupContext);
}

const keptMarkup = new WeakMap<object, Map<string, string>>();

export function Kept({
  as,
  props,
  on,
  keptKey,
  children,
}: {
  as: "div" | "figure";
  props: Record<string, string | undefined>;
  /** The kept figures (frozen, one object per dashboard version) the children are drawn from. */
  on: object;
  /** Everything besides `on` that the children read: the language, the period's strings, ids. */
  keptKey: string;
  children: () => ReactNode;
}): ReactElement {
  const render = useContext(RenderMarkupContext);
  if (render === null) return createElement(as, props, children());
  let byKey = keptMarkup.get(on);
  if (byKey === undefined) keptMarkup.set(on, (byKey = new Map()));
  let html = byKey.get(keptKey);
  if (html === undefined) byKey.set(keptKey, (html = render(children())));
  return createElement(as, {
    ...props,
    dangerouslySetInnerHTML: { __html: html },
  });
}

/**
 * Markup kept under a string key that names everything it was drawn from (decision 084: a list
 * row's cells under the row's own fields and the language), at most `max` entries: past that the
 * oldest half goes (a Map keeps its insertion order).
 */
export class KeptMarkupByKey {
  private readonly entries = new Map<string, string>();
  constructor(private readonly max: number) {}
  get(key: string): string | undefined {
    return this.entries.get(key);
  }
  set(key: string, html: string): void {
    if (this.entries.size >= this.max) {
      let drop = this.entries.size - Math.floor(this.max / 2);
      for (const old of this.entries.keys()) {
        if (drop-- <= 0) break;
        this.entries.delete(old);
      }
    }
    this.entries.set(key, html);
  }
  get size(): number {
    return this.entries.size;
  }
}
