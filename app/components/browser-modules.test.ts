/**
 * Components run in the browser, so what they import is downloaded with every page that shows
 * them. zod (12 KB gz) belongs on the server: forms are validated by the action. This walks
 * each component's value imports (type-only imports vanish in the build; *.server files never
 * reach the browser) and fails when one of them reaches zod: import the zod-free vocabulary
 * (`domain/<area>/vocabulary.ts`, `shared/phone-format.ts`, `users/password-length.ts`)
 * instead of the schema. Routes are not walked: their loader and action imports are removed
 * from the browser build, so tests/e2e/bundle-budget.spec.ts checks them on the build itself.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("~/") ? path.resolve("app", spec.slice(2)) : path.resolve(path.dirname(from), spec);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  return null;
}

/** The chain of modules from `file` to zod, or null when it does not get there. */
function pathToZod(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file) || /\.server\.tsx?$/.test(file)) return null;
  seen.add(file);
  const source = fs.readFileSync(file, "utf8");
  for (const [, typeOnly, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^;]*?\s+from\s+)?["']([^"']+)["']/g)) {
    if (typeOnly) continue;
    if (spec === "zod") return [file];
    if (!spec!.startsWith(".") && !spec!.startsWith("~/")) continue;
    const next = resolve(file, spec!);
    const chain = next ? pathToZod(next, seen) : null;
    if (chain) return [file, ...chain];
  }
  return null;
}

const components = fs
  .readdirSync("app/components", { recursive: true, encoding: "utf8" })
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => path.resolve("app/components", f));

describe("browser modules", () => {
  it.each(components.map((f) => [path.relative(process.cwd(), f), f]))("%s does not pull zod into the browser", (_, file) => {
    const chain = pathToZod(file!);
    expect(chain?.map((f) => path.relative(process.cwd(), f)) ?? null).toBeNull();
  });

  it("finds zod behind a schema import (the walk itself works)", () => {
    expect(pathToZod(path.resolve("app/domain/slots/schema.ts"))).not.toBeNull();
    expect(pathToZod(path.resolve("app/domain/slots/vocabulary.ts"))).toBeNull();
  });
});
