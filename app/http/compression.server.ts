import zlib from "node:zlib";
import compression from "compression";
import type { RequestHandler } from "express";

/**
 * Pages are made anew for every request, so they are compressed fast: brotli at quality 3 (gzip at
 * level 4 for a client without brotli). On the portal's pages of 48–63 KB, brotli 3 took 0.4–0.7 ms
 * and came out smaller than gzip 6, which took 1.3–1.9 ms, and brotli 4 (the library's default)
 * 0.8–1.5 ms (decision 048). The hashed assets under /assets keep the library's defaults (brotli 4,
 * gzip 6): a browser downloads each once a year.
 */
export const PAGE_COMPRESSION = { level: 4, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3 } } } as const;
export const ASSET_COMPRESSION = {} as const;

export function compressionOptionsFor(path: string): typeof PAGE_COMPRESSION | typeof ASSET_COMPRESSION {
  return path.startsWith("/assets/") ? ASSET_COMPRESSION : PAGE_COMPRESSION;
}

/** HTML, JS, CSS and JSON compress to about a fifth; fonts and images are compressed already (the library skips them). */
export function compressResponses(): RequestHandler {
  const pages = compression(PAGE_COMPRESSION);
  const assets = compression(ASSET_COMPRESSION);
  return (req, res, next) => (compressionOptionsFor(req.path) === ASSET_COMPRESSION ? assets : pages)(req, res, next);
}
