/** The e2e server's database: playwright.config.ts starts the server on it, fixtures sign in through it. */
export const E2E_DATABASE = "tmp/e2e.db";
