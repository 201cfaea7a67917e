import { PassThrough } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import type { ReactElement } from "react";

/** An element rendered as the server renders a page (React's stream, all of it), for the kept-markup tests. */
export function streamed(element: ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on("data", (c: Buffer) => chunks.push(Buffer.from(c)));
    out.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    const { pipe } = renderToPipeableStream(element, { onAllReady: () => pipe(out), onError: reject });
  });
}
