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
