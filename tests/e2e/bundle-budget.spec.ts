/**
 * What the browser downloads per page, on the build the end-to-end tests run against (issue 10):
 * each page's JavaScript — the entry, the root and the route with everything they import — at
 * most 100 KB gzipped, and none of it zod, which belongs on the server (forms are validated by
 * the action). app/components/browser-modules.test.ts keeps zod out of the components before a
 * build; routes are checked here, on what the build really sends: a route whose page imports a
 * value from a module that builds a zod schema at its top level ships zod (the task finder did,
 * through its steps: 104 KB).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { pageWeights, readManifest, routeScripts } from "../../scripts/bench/bundle";

const CLIENT = "build/client";
// zod's parse context, in every build of it: minified names change, this method's does not.
const ZOD_MARK = "_getOrReturnCtx";

test.describe("what the browser downloads", () => {
  test("every page's JavaScript is at most 100 KB gzipped", () => {
    const pages = pageWeights(CLIENT);
    expect(pages.length).toBeGreaterThan(50);
    const over = pages.filter((p) => p.jsGz > 100 * 1024).map((p) => `${p.route}: ${(p.jsGz / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  test("no page's JavaScript holds zod", () => {
    const manifest = readManifest(CLIENT);
    const withZod = new Set<string>();
    for (const id of Object.keys(manifest.routes)) {
      for (const file of routeScripts(manifest, id)) {
        if (fs.readFileSync(path.join(CLIENT, file), "utf8").includes(ZOD_MARK)) withZod.add(`${id} (${file})`);
      }
    }
    expect([...withZod]).toEqual([]);
    // The mark is zod's own: the module the browser build would bundle holds it.
    const zod = path.join(path.dirname(createRequire(import.meta.url).resolve("zod")), "v3", "types.js");
    expect(fs.readFileSync(zod, "utf8")).toContain(ZOD_MARK);
  });
});
