import fs from "node:fs";
import { defineConfig } from "@playwright/test";
import { E2E_DATABASE } from "./tests/e2e/e2e-database";

const PORT = Number(process.env.E2E_PORT ?? 3111);
const baseURL = `http://localhost:${PORT}`;
// Debian's Chromium (no browser download is possible on our machines): its old headless shell
// when installed, the browser Playwright itself uses headless, which needs about a quarter
// less CPU than the full browser (decision 028); the full browser otherwise.
const executablePath = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((p) => fs.existsSync(p));
const launchOptions = {
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // Two workers even on a 2-core machine: the tests wait on the server and the browser most of the time.
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 180_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: "da-DK",
    // Recording a trace costs the browser about a quarter more CPU on every test, failing or not
    // (decision 036): off by default, a screenshot of a failure instead. To debug a failure, run
    // the spec again with E2E_TRACE=retain-on-failure (or --trace on).
    trace: (process.env.E2E_TRACE as "on" | "off" | "retain-on-failure" | undefined) ?? "off",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    // axe runs here: it needs JavaScript in the page. Every test but the short no-JS ones whose
    // forms a journey here submits already (`test.describe("without JavaScript", { tag: "@nojs-only" }`):
    // left out here rather than started and skipped (decision 042).
    { name: "js", use: { browserName: "chromium", javaScriptEnabled: true }, grepInvert: /@nojs-only/ },
    // Proves the forms work without JavaScript: the tests tagged @nojs (in the title) or @nojs-only.
    { name: "nojs", use: { browserName: "chromium", javaScriptEnabled: false }, grep: /@nojs/ },
  ],
  webServer: {
    // A fresh copy of the migrated and seeded demo database, kept as a template while nothing it depends on changes (decision 036).
    command: `tsx scripts/e2e-database.ts ${E2E_DATABASE} && node build/start.js`,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_PATH: E2E_DATABASE,
      FODFAESTE_MODE: "test",
      NODE_ENV: "production",
      PORT: String(PORT),
      // Playwright stands in for one reverse proxy, so a spec can give itself an address (throttle tests).
      TRUST_PROXY: "1",
    },
  },
});
