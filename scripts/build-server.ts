/**
 * The production server as one JavaScript file, `build/start.js` (decision 089): `server.ts` and
 * the app modules it imports, compiled by Vite's SSR build; packages stay imports of
 * `node_modules`. `npm start` runs it with plain `node`: through tsx the server carried a second
 * V8 isolate for tsx's module loader (about 50 MB of RSS) for as long as it ran.
 */
import path from "node:path";
import { build } from "vite";
import { SERVER_ENTRY } from "./server-entry";

await build({
  configFile: false,
  logLevel: "warn",
  resolve: { alias: { "~": path.resolve("app") } },
  build: {
    ssr: "server.ts",
    outDir: path.dirname(SERVER_ENTRY),
    emptyOutDir: false,
    copyPublicDir: false,
    target: "node20",
    minify: false,
    rollupOptions: { output: { entryFileNames: path.basename(SERVER_ENTRY) } },
  },
});
