import { expect } from "vitest";
import { PassThrough } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import { KeptMarkupRenderer, type RenderMarkup } from "~/components/kept-markup";
import { renderMarkup } from "~/components/kept-markup.server";

/** A page rendered as the server renders pages: React's stream, every chunk. */
export function streamed(element: JSX.Element): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on("data", (c: Buffer) => chunks.push(Buffer.from(c)));
    out.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    const { pipe } = renderToPipeableStream(element, { onAllReady: () => pipe(out), onError: reject });
  });
}

/**
 * The tests of kept markup (decisions 078, 083): a page drawn in full (no renderer: the browser's
 * way and main's) or with the server's renderer, which counts how often it is called.
 */
export function keptRendering() {
  let rendered = 0;
  const counting: RenderMarkup = (children) => {
    rendered++;
    return renderMarkup(children);
  };
  return {
    counting,
    /** How often the renderer was called since the last `reset`. */
    rendered: () => rendered,
    reset: () => void (rendered = 0),
    draw: (page: JSX.Element, kept: boolean) => streamed(kept ? <KeptMarkupRenderer value={counting}>{page}</KeptMarkupRenderer> : page),
  };
}

/**
 * One view of a table three ways (decisions 084, 085): drawn in full, drawn and kept, and from what
 * was kept. The three must be the same bytes, and the repeat view must draw nothing again.
 */
export async function expectKeptAsDrawn(keeping: ReturnType<typeof keptRendering>, table: (keep: boolean) => JSX.Element, label: string) {
  const plain = await streamed(table(false));
  const first = await keeping.draw(table(true), true);
  const callsBefore = keeping.rendered();
  const again = await keeping.draw(table(true), true);
  expect(first, label).toBe(plain);
  expect(again, `${label}, kept`).toBe(plain);
  expect(keeping.rendered(), `${label}: a repeat view draws nothing again`).toBe(callsBefore);
}
