/**
 * What the browser downloads per page: the JavaScript of the entry, the root and the route
 * (with everything they import), and the stylesheets, each gzipped as the server sends them.
 * Reads the production build (run `npm run build` first). Run: npx tsx scripts/bench/bundle.ts
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

interface ManifestRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  module: string;
  imports?: string[];
}
interface Manifest {
  entry: { module: string; imports: string[] };
  routes: Record<string, ManifestRoute>;
}

const CLIENT = "build/client";

export function readManifest(dir = CLIENT): Manifest {
  const file = fs.readdirSync(path.join(dir, "assets")).find((f) => /^manifest-.*\.js$/.test(f));
  if (!file) throw new Error("No Remix manifest in build/client/assets: run `npm run build` first.");
  const text = fs.readFileSync(path.join(dir, "assets", file), "utf8");
  return JSON.parse(text.replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, "")) as Manifest;
}

/** Every script a page of this route loads: entry, then each route from the root down, with imports. */
export function routeScripts(manifest: Manifest, routeId: string): string[] {
  const chain: ManifestRoute[] = [];
  for (let r: ManifestRoute | undefined = manifest.routes[routeId]; r; r = r.parentId ? manifest.routes[r.parentId] : undefined) chain.unshift(r);
  const files = [manifest.entry.module, ...manifest.entry.imports, ...chain.flatMap((r) => [r.module, ...(r.imports ?? [])])];
  return [...new Set(files)];
}

const gz = new Map<string, number>();
export function gzipSize(dir: string, url: string): number {
  if (!gz.has(url)) gz.set(url, gzipSync(fs.readFileSync(path.join(dir, url))).length);
  return gz.get(url)!;
}

export function pageWeights(dir = CLIENT) {
  const manifest = readManifest(dir);
  const css = fs
    .readdirSync(path.join(dir, "assets"))
    .filter((f) => f.endsWith(".css"))
    .map((f) => `/assets/${f}`);
  const cssGz = css.reduce((sum, f) => sum + gzipSize(dir, f), 0);
  return Object.values(manifest.routes)
    .filter((r) => r.id !== "root")
    .map((r) => {
      const scripts = routeScripts(manifest, r.id);
      return { route: r.id, scripts: scripts.length, jsGz: scripts.reduce((sum, f) => sum + gzipSize(dir, f), 0), cssGz };
    })
    .sort((a, b) => b.jsGz - a.jsGz);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows = pageWeights();
  console.log("route".padEnd(36), "scripts", "JS gz".padStart(10), "CSS gz".padStart(10));
  for (const r of rows) console.log(r.route.padEnd(36), String(r.scripts).padStart(7), kb(r.jsGz).padStart(10), kb(r.cssGz).padStart(10));
  const over = rows.filter((r) => r.jsGz > 100 * 1024);
  console.log(over.length ? `Over 100 KB gz: ${over.map((r) => r.route).join(", ")}` : "Every page's JS is within 100 KB gz.");
}
