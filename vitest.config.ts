import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

export default defineConfig({
  plugins: [tsconfigPaths()],
  // The same alias as vite.config.ts: components reach dkfds files (the icon sprite) through it.
  resolve: { alias: { "dkfds-dist": path.resolve(import.meta.dirname, "node_modules/dkfds/dist") } },
  // node_modules may be a symlink to a shared copy; let the sprite's `?url` import be served from there.
  server: { fs: { allow: [import.meta.dirname, fs.realpathSync(path.resolve(import.meta.dirname, "node_modules/dkfds"))] } },
  test: {
    include: ["app/**/*.test.ts", "app/**/*.test.tsx", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/per-file.ts"],
    pool: "forks",
    // Files share their worker's loaded modules: the app is imported once per worker instead of
    // once per file, which makes the run about four times faster (decision 028). Each file still
    // gets its own database copy (tests/setup/per-file.ts). Component tests that replace modules
    // with vi.mock need a fresh module graph: `npm run test:unit` runs them apart, isolated.
    isolate: false,
    testTimeout: 20_000,
  },
});
