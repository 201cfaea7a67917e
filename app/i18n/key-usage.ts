/**
 * Which catalogue keys each page can write, read from the source at build time (decision 043).
 *
 * The browser renders text with the messages the root loader sends with the page
 * (catalogue-browser.ts). Instead of whole catalogue areas per address, the build reads every
 * route's module and everything it imports, collects the message keys written there, and the
 * server sends a page exactly those keys (messages.server.ts). What counts as a use:
 * - a string literal that is a key of the catalogue (`"slots.status.open"`);
 * - a template that starts with a key prefix (`` `slots.status.${status}` ``): every key with
 *   that prefix.
 * The table definitions' imports (app/db/schema) are not followed (decision 050).
 * Keys that are only known at run time (a notification's stored subject, an audit row's event)
 * are turned into text by the loader on the server instead. In the browser an unknown key is
 * logged (MISSING_MESSAGE in missing.ts), and the end-to-end tests fail on that log.
 *
 * Node-only: used by the Vite plugin below (vite.config.ts, vitest.config.ts) and by tests.
 */
import fs from "node:fs";
import path from "node:path";

export interface RouteEntry {
  /** The address as app/routes.ts writes it ("company/slots/:slotId"; "" for the index). */
  path: string;
  /** The route module, absolute. */
  file: string;
}

export interface PageKeys {
  /** The keys of the layout (header, menu, footer, error pages): sent with every page. */
  layout: string[];
  /** Per route: its address as a regular expression's source, and the keys its modules write. */
  routes: [pattern: string, keys: string[]][];
}

/** The routes of app/routes.ts: `index("…")` and `route("path", "file")`. */
export function readRoutes(appDir: string): RouteEntry[] {
  const source = fs.readFileSync(path.join(appDir, "routes.ts"), "utf8");
  return [...source.matchAll(/(?:route\(\s*"([^"]*)",\s*|index\(\s*)"(routes\/[^"]+)"/g)].map(([, url, file]) => ({
    path: url ?? "",
    file: path.resolve(appDir, file!),
  }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A route's address as a regular expression's source: `:param` is one segment, `*` the rest. */
export function routePattern(routePath: string): string {
  const segments = routePath.split("/").filter(Boolean);
  let source = "^";
  for (const segment of segments) {
    if (segment === "*") return `${source}(?:/.*)?$`;
    if (segment.startsWith(":")) source += segment.endsWith("?") ? "(?:/[^/]+)?" : "/[^/]+";
    else source += `/${escape(segment)}`;
  }
  return `${source}/?$`;
}

interface ModuleFacts {
  keys: Set<string>;
  imports: string[];
}

/** Message keys and imports of a module, once per file. */
class Scanner {
  private readonly facts = new Map<string, ModuleFacts>();

  constructor(
    private readonly appDir: string,
    private readonly allKeys: ReadonlySet<string>,
  ) {}

  private resolve(from: string, spec: string): string | null {
    if (!spec.startsWith(".") && !spec.startsWith("~/")) return null;
    const base = spec.startsWith("~/") ? path.join(this.appDir, spec.slice(2)) : path.resolve(path.dirname(from), spec);
    for (const file of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
      if (/\.tsx?$/.test(file) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
    }
    return null;
  }

  private read(file: string): ModuleFacts {
    let facts = this.facts.get(file);
    if (facts) return facts;
    facts = { keys: new Set(), imports: [] };
    this.facts.set(file, facts);
    // The catalogue's own files (app/i18n/<area>/da.ts, en.ts) define every key; they use none.
    const inI18n = path.relative(path.join(this.appDir, "i18n"), file);
    if (!inI18n.startsWith("..") && /^[^/\\]+[/\\](da|en)\.ts$/.test(inI18n)) return facts;
    const source = fs.readFileSync(file, "utf8");
    for (const [, key] of source.matchAll(/["'`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)["'`]/g)) {
      if (this.allKeys.has(key!)) facts.keys.add(key!);
    }
    for (const [, prefix] of source.matchAll(/`([a-zA-Z][\w-]*\.(?:[\w-]+\.)*)\$\{/g)) {
      for (const key of this.allKeys) if (key.startsWith(prefix!)) facts.keys.add(key);
    }
    const specs = [
      // import … from / export … from, but not `import type` / `export type` (erased at build).
      ...[...source.matchAll(/\b(?:import|export)\s+(type\s+)?[^'";]*?\bfrom\s*["']([^"']+)["']/g)].filter((m) => !m[1]).map((m) => m[2]!),
      // import "…" (for its effects) and import("…").
      ...[...source.matchAll(/\bimport\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!),
    ];
    // The tables (app/db/schema) import vocabularies (enums) from the domain's schema modules,
    // which also hold form validation: a page meets those errors only through validation it
    // imports itself, so a table's imports are not followed. Every page that read a table was
    // sent the form errors of every area before (decision 050).
    const inDbSchema = !path.relative(path.join(this.appDir, "db", "schema"), file).startsWith("..");
    for (const spec of inDbSchema ? [] : specs) {
      const next = this.resolve(file, spec);
      if (next) facts.imports.push(next);
    }
    return facts;
  }

  /** Every key a module and what it imports write; `.server` modules are followed only if asked. */
  keysOf(entries: string[], { server }: { server: boolean }): Set<string> {
    const out = new Set<string>();
    const seen = new Set<string>();
    const stack = [...entries];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (seen.has(file) || (!server && /\.server\.tsx?$/.test(file))) continue;
      seen.add(file);
      const facts = this.read(file);
      for (const key of facts.keys) out.add(key);
      stack.push(...facts.imports);
    }
    return out;
  }
}

/** Keys the browser never renders: e-mails are written on the server. */
const serverOnly = (key: string) => key.startsWith("mail.");

/**
 * The keys each page uses. A route's modules are followed into their `.server` imports too: a
 * loader or action returns keys (a form error, a status) that the page then translates. The
 * layout is root.tsx's browser modules and the menu (http/navigation.ts, built by the root
 * loader); the root loader's own server modules are not followed (they reach every area).
 */
export function scanPageKeys(appDir: string, allKeys: Iterable<string>): PageKeys {
  const keys = new Set([...allKeys].filter((key) => !serverOnly(key)));
  const scanner = new Scanner(appDir, keys);
  const layout = scanner.keysOf([path.join(appDir, "root.tsx"), path.join(appDir, "http/navigation.ts")], { server: false });
  const routes = readRoutes(appDir).map(({ path: url, file }): [string, string[]] => {
    const own = [...scanner.keysOf([file], { server: true })].filter((key) => !layout.has(key));
    return [routePattern(url), own.sort()];
  });
  return { layout: [...layout].sort(), routes };
}

/** The virtual module's source: the scan as data. */
export function pageKeysModule(pageKeys: PageKeys): string {
  return `export default ${JSON.stringify(pageKeys)};\n`;
}

const VIRTUAL = "virtual:page-keys";
const RESOLVED = `\0${VIRTUAL}`;

/**
 * A Vite plugin that provides `virtual:page-keys` (the scan above) to the server build, the dev
 * server and Vitest. `loadKeys` gives the catalogue's keys (a function, so the catalogue is read
 * when the module is first asked for). In development an edited module rescans.
 */
export function pageKeysPlugin(appDir: string, loadKeys: () => Iterable<string>) {
  let cached: string | null = null;
  return {
    name: "fodfaeste:page-keys",
    resolveId(source: string) {
      return source === VIRTUAL ? RESOLVED : null;
    },
    load(id: string) {
      if (id !== RESOLVED) return null;
      cached ??= pageKeysModule(scanPageKeys(appDir, loadKeys()));
      return cached;
    },
    watchChange(id: string) {
      if (id.startsWith(appDir)) cached = null;
    },
    handleHotUpdate({ file, server }: { file: string; server: { moduleGraph: { getModuleById(id: string): unknown; invalidateModule(mod: never): void } } }) {
      if (!file.startsWith(appDir)) return;
      cached = null;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod as never);
    },
  };
}
