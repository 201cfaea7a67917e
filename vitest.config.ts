import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, type UserWorkspaceConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";
import { CATALOGUES } from "./app/i18n/catalogue";
import { pageKeysPlugin } from "./app/i18n/key-usage";

const shared = {
  // The same page-keys plugin as vite.config.ts: the root loader reads `virtual:page-keys`.
  plugins: [tsconfigPaths(), pageKeysPlugin(path.resolve(import.meta.dirname, "app"), () => Object.keys(CATALOGUES.da))],
  // The same alias as vite.config.ts: components reach dkfds files (the icon sprite) through it.
  resolve: { alias: { "dkfds-dist": path.resolve(import.meta.dirname, "node_modules/dkfds/dist") } },
  // node_modules may be a symlink to a shared copy; let the sprite's `?url` import be served from there.
  server: { fs: { allow: [import.meta.dirname, fs.realpathSync(path.resolve(import.meta.dirname, "node_modules/dkfds"))] } },
};
const project = (name: string, include: string[], pool: "forks" | "threads"): UserWorkspaceConfig => ({
  ...shared,
  test: { name, include, pool, setupFiles: ["tests/setup/per-file.ts"], testTimeout: 20_000 },
});

export default defineConfig({
  ...shared,
  test: {
    // Runs once, for the root project (the projects below do not repeat it).
    globalSetup: ["tests/setup/global-setup.ts"],
    // Vitest's default is one worker less than the cores: on a 2-core machine one worker ran every
    // file while the other core idled. One worker per core (decision 042).
    maxWorkers: os.availableParallelism(),
    poolOptions: {
      // Files share their worker's loaded modules: the app is imported once per worker instead of
      // once per file, which makes the run about four times faster (decision 028). Each file still
      // gets its own database copy (tests/setup/per-file.ts).
      forks: { isolate: false },
      // Component tests replace modules with vi.mock and need a fresh module graph per file: one
      // thread beside the forks, each file isolated.
      threads: { isolate: true, maxThreads: 1 },
    },
    // One run, two pools side by side (decision 042): the component tests no longer start Vitest a second time.
    projects: [
      project("app", ["app/**/*.test.ts", "tests/integration/**/*.test.ts"], "forks"),
      project("components", ["app/**/*.test.tsx"], "threads"),
    ],
  },
});
