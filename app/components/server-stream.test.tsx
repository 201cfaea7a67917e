import { PassThrough } from "node:stream";
import { renderToPipeableStream, renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

/** The bytes a page's stream sends, as the server renders pages (entry.server: renderToPipeableStream). */
function streamed(element: JSX.Element): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on("data", (c: Buffer) => chunks.push(Buffer.from(c)));
    out.on("end", () => resolve(Buffer.concat(chunks)));
    const { pipe } = renderToPipeableStream(element, { onAllReady: () => pipe(out), onError: reject });
  });
}

describe("a page's stream (patches/react-dom+18.3.1.patch, decision 068)", () => {
  it("sends no NUL bytes where a character of several bytes falls on React's 2 KB boundary", async () => {
    // Every offset of "ø" (2 bytes), "–" (3) and an emoji (4) against the boundary.
    for (const ch of ["ø", "–", "😀"]) {
      for (let pad = 0; pad < 8; pad++) {
        const element = (
          <div>
            {"x".repeat(pad)}
            {Array.from({ length: 1500 }, (_, i) => (
              <span key={i}>{`l${ch}n`}</span>
            ))}
          </div>
        );
        const bytes = await streamed(element);
        expect(bytes.includes(0), `${ch} +${pad}`).toBe(false);
        expect(bytes.toString("utf8")).toBe(renderToStaticMarkup(element));
      }
    }
  });
});
