import zlib from "node:zlib";
import compression from "compression";
import type { RequestHandler, Response } from "express";

/**
 * Pages are made anew for every request, so they are compressed fast: gzip at level 4, and brotli
 * at quality 3 only for a client that takes no gzip. Brotli 3 gave a page of 50 KB about 8 % fewer
 * bytes than gzip 4 (15.3 against 16.5 KB), but each brotli compressor takes tables of several
 * hundred KB, which the server's malloc settings (decision 041) map and unmap for every response:
 * 1.0–1.4 ms against gzip's 0.6 (decision 054; before, brotli 3 had replaced gzip 6 and brotli 4,
 * decision 048). The hashed assets under /assets keep the library's defaults (brotli 4, gzip 6):
 * a browser downloads each once a year.
 */
export const PAGE_COMPRESSION = { level: 4, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3 } } } as const;
export const ASSET_COMPRESSION = {} as const;

export function compressionOptionsFor(path: string): typeof PAGE_COMPRESSION | typeof ASSET_COMPRESSION {
  return path.startsWith("/assets/") ? ASSET_COMPRESSION : PAGE_COMPRESSION;
}

/**
 * The Accept-Encoding a page is compressed by: a browser that takes gzip is not offered brotli
 * (the compression library would choose brotli first). Undefined: the header as it is.
 */
export function pageAcceptEncoding(accepted: string | undefined): string | undefined {
  if (!accepted) return undefined;
  const codings = accepted.split(",").map((part) => part.trim());
  const name = (part: string) => part.split(";")[0]!.trim().toLowerCase();
  const takesGzip = codings.some((part) => name(part) === "gzip" && !/;\s*q=0(\.0*)?\s*$/i.test(part));
  if (!takesGzip || !codings.some((part) => name(part) === "br")) return undefined;
  return codings.filter((part) => name(part) !== "br").join(", ");
}

/** HTML, JS, CSS and JSON compress to about a fifth; fonts and images are compressed already (the library skips them). */
export function compressResponses(): RequestHandler {
  const pages = compression(PAGE_COMPRESSION);
  const assets = compression(ASSET_COMPRESSION);
  return (req, res, next) => {
    if (compressionOptionsFor(req.path) === ASSET_COMPRESSION) return assets(req, res, next);
    // The compressor wraps the response first; gatherHtml then sits in front of it. It sees the
    // request with the Accept-Encoding pages are compressed by; the rest of the app sees the original.
    const accept = pageAcceptEncoding(req.get("accept-encoding"));
    const asked = accept === undefined ? req : (Object.create(req, { headers: { value: { ...req.headers, "accept-encoding": accept } } }) as typeof req);
    pages(asked, res, (error?: unknown) => {
      if (!error) gatherHtml(res);
      next(error);
    });
  };
}

type Chunk = string | Buffer | Uint8Array;
const bytes = (chunk: Chunk, encoding: unknown) => (typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk));

/**
 * A page's HTML reaches the compressor in one piece (decision 048). Remix writes React's stream
 * as it comes, a few hundred pieces of up to 2 KB, and flushes the compressor after each one, so
 * every piece became a compressed block of its own, each a round trip to the thread pool: 4–5 ms
 * of CPU a page of 60 KB (the whole page compressed at once: under 1 ms), and a larger result.
 * Our pages are complete when React starts (the loaders have run), so nothing reaches the browser
 * later for it. Other responses (CSV, PDF, the pages' data on a client navigation) pass as before.
 */
export function gatherHtml(res: Response): void {
  const write = res.write.bind(res) as (chunk: Chunk, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  const withFlush = res as Response & { flush?: () => void };
  const flush = withFlush.flush?.bind(res);
  let gathered: Buffer[] | null | undefined; // undefined: not decided yet; null: passes through
  const decide = () => {
    if (gathered === undefined) gathered = /^text\/html\b/i.test(String(res.getHeader("Content-Type") ?? "")) ? [] : null;
    return gathered;
  };
  res.write = ((chunk: Chunk, encoding?: unknown, callback?: unknown) => {
    const into = decide();
    if (!into) return write(chunk, encoding, callback);
    into.push(bytes(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    return true;
  }) as Response["write"];
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    const into = decide();
    if (!into) return end(chunk, encoding, callback);
    if (typeof chunk === "function") return end(Buffer.concat(into), chunk);
    if (chunk != null) into.push(bytes(chunk as Chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    return typeof done === "function" ? end(Buffer.concat(into), done) : end(Buffer.concat(into));
  }) as Response["end"];
  if (flush) withFlush.flush = () => (decide() ? undefined : flush());
}
