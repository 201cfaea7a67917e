import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { woff2First } from "./app/http/font-faces";
import { CATALOGUES } from "./app/i18n/catalogue";
import { pageKeysPlugin } from "./app/i18n/key-usage";

const CATALOGUE = path.resolve(import.meta.dirname, "app/i18n/catalogue.ts");
const BROWSER_CATALOGUE = path.resolve(import.meta.dirname, "app/i18n/catalogue-browser.ts");

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  resolve: {
    alias: {
      // dkfds exports only "."; its stylesheets, fonts and icons live under dist/.
      "dkfds-dist": path.resolve(import.meta.dirname, "node_modules/dkfds/dist"),
    },
  },
  build: {
    target: "es2022",
    rollupOptions: {
      // Resource routes (logout, CSV and PDF downloads, the meter's check) have no component, so their
      // browser chunk is empty by design; the 28 warnings about it hid the ones that matter.
      onwarn(warning, warn) {
        if (warning.code !== "EMPTY_BUNDLE") warn(warning);
      },
    },
  },
  plugins: [
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
        v3_singleFetch: true,
        v3_routeConfig: true,
      },
    }),
    tsconfigPaths(),
    // Which message keys each page writes, for the root loader to send (decision 043).
    pageKeysPlugin(path.resolve(import.meta.dirname, "app"), () => Object.keys(CATALOGUES.da)),
    {
      // The browser build gets the page's messages from the root loader instead of every area
      // in both languages (app/i18n/catalogue-browser.ts); the server keeps the whole catalogue.
      name: "fodfaeste:browser-catalogue",
      enforce: "pre",
      async resolveId(source, importer, options) {
        if (options?.ssr || !importer || !/catalogue/.test(source)) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved?.id === CATALOGUE ? BROWSER_CATALOGUE : null;
      },
    },
    {
      // The browser takes the first font format it reads: make that woff2 (app/http/font-faces.ts).
      name: "fodfaeste:woff2-first",
      enforce: "pre",
      transform(code, id) {
        return /dkfds[^/]*\.css(\?|$)/.test(id) ? { code: woff2First(code), map: null } : undefined;
      },
    },
  ],
});
