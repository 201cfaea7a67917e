/**
 * The browser gets only the catalogue areas of a page's address (page-areas.ts). This reads
 * each route's module and everything it imports for the browser (not *.server files), collects
 * the message keys written there (literals, and `prefix.${…}` templates as every key with that
 * prefix), and fails when a page uses an area its address does not get: that page would show
 * raw keys once JavaScript has loaded.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AREA_NAMES, AREAS, type Area } from "./catalogue";
import { areasForPath, isLayoutKey } from "./page-areas";

const keyArea = new Map<string, Area>();
for (const area of AREA_NAMES) for (const key of Object.keys(AREAS[area].da)) keyArea.set(key, area);

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("~/") ? path.resolve("app", spec.slice(2)) : path.resolve(path.dirname(from), spec);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  return null;
}

/** Every key a module and its browser imports write. */
function keysUsed(file: string, seen = new Set<string>(), out = new Set<string>()): Set<string> {
  if (seen.has(file) || file.includes(`${path.sep}i18n${path.sep}`) || /\.server\.tsx?$/.test(file)) return out;
  seen.add(file);
  const source = fs.readFileSync(file, "utf8");
  for (const [, key] of source.matchAll(/["']([a-zA-Z][\w-]*(?:\.[\w-]+)+)["']/g)) if (keyArea.has(key!)) out.add(key!);
  for (const [, prefix] of source.matchAll(/`([a-zA-Z][\w-]*\.(?:[\w-]+\.)*)\$\{/g)) for (const key of keyArea.keys()) if (key.startsWith(prefix!)) out.add(key);
  for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*["']((?:\.{1,2}|~)\/[^"']+)["']/g)) {
    const next = resolve(file, spec!);
    if (next) keysUsed(next, seen, out);
  }
  return out;
}

const routes = [...fs.readFileSync("app/routes.ts", "utf8").matchAll(/(?:route\("([^"]*)",\s*|index\()"(routes\/[^"]+)"/g)].map(([, url, file]) => ({
  // An address of the route, with a number for each parameter.
  pathname: `/${(url ?? "").replace(/:\w+/g, "1").replace(/\*$/, "does-not-exist")}`,
  file: path.resolve("app", file!),
}));
const layout = keysUsed(path.resolve("app/root.tsx"));
/** The keys the page at this address gets (as messagesFor sends them). */
const sent = (pathname: string) => {
  const areas = new Set(areasForPath(pathname));
  return (key: string) => areas.has(keyArea.get(key)!) || isLayoutKey(key);
};

describe("catalogue areas per page", () => {
  it("finds the routes and the layout's areas", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(layout.has("layout.skipToContent")).toBe(true);
  });

  it.each(routes)("$pathname gets every area its page uses", ({ pathname, file }) => {
    const has = sent(pathname);
    // Mail is written on the server only.
    const missing = [...new Set([...layout, ...keysUsed(file)])].filter((key) => keyArea.get(key) !== "mail" && !has(key));
    expect(missing, `${pathname} (${path.relative(process.cwd(), file)})`).toEqual([]);
  });

  it("sends the notifications page every e-mail subject a notification can have as its title", () => {
    // A notification's title is the subject key it was stored with; a key of an area the page
    // does not get shows as the raw key once JavaScript has loaded (it did for new proposals).
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
    const subjects = new Set<string>();
    for (const file of [...files("app/domain"), ...files("app/jobs")]) for (const [, key] of fs.readFileSync(file, "utf8").matchAll(/subjectKey:\s*["']([\w.]+)["']/g)) subjects.add(key!);
    expect(subjects.has("mail.proposalNew.subject")).toBe(true);
    const has = sent("/notifications");
    expect([...subjects].filter((key) => !keyArea.has(key) || !has(key))).toEqual([]);
  });

  it("sends the floor page only its own area and the layout's", () => {
    expect(areasForPath("/accessibility").sort()).toEqual(["common", "notifications", "public"]);
  });
});
