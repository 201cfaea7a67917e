import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", "node_modules/", "tmp/", "test-results/", "playwright-report/", "data/", ".cache/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/*.server", "**/*.server.ts"], importNames: ["default"], message: "server modules stay on the server" }] },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Routes and browser code must not read the database directly: that goes through domain queries.
    files: ["app/components/**", "app/i18n/use-t.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["~/db/*", "drizzle-orm", "drizzle-orm/*"] }],
    },
  },
  {
    // Routes are thin: they reach data only through domain queries and commands.
    files: ["app/routes/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["~/db", "~/db/*", "drizzle-orm", "drizzle-orm/*"], message: "routes reach data through app/domain (queries and commands)" },
            { group: ["**/*.server", "**/*.server.ts"], importNames: ["default"], message: "server modules stay on the server" },
          ],
        },
      ],
    },
  },
  {
    // The domain knows nothing of HTTP, mail delivery or rendered text: it passes message keys
    // (mail goes through the outbox, app/domain/shared/outbox.server.ts).
    files: ["app/domain/**"],
    rules: {
      // URLs, forms and requests are read on the HTTP side (app/http/filters/*, routes).
      "no-restricted-globals": [
        "error",
        ...["URL", "URLSearchParams", "FormData", "Request", "Response", "Headers"].map((name) => ({
          name,
          message: "the domain takes parsed input; read URLs and forms in app/http (see app/http/filters)",
        })),
      ],
      "@typescript-eslint/no-restricted-types": [
        "error",
        {
          types: Object.fromEntries(
            ["URL", "URLSearchParams", "FormData", "Request", "Response", "Headers"].map((name) => [
              name,
              "the domain takes parsed input; read URLs and forms in app/http (see app/http/filters)",
            ]),
          ),
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@remix-run/*"], message: "the domain is testable without HTTP" },
            { group: ["~/http/*", "~/routes/*"], message: "the domain is testable without HTTP" },
            { group: ["~/mail/*"], message: "write a mail intent with queueMail (app/domain/shared/outbox.server.ts)" },
            { group: ["~/i18n/translate", "~/i18n/use-t"], message: "pass message keys; text is rendered for the recipient" },
            { group: ["**/*.server", "**/*.server.ts"], importNames: ["default"], message: "server modules stay on the server" },
          ],
        },
      ],
    },
  },
  {
    // The database client and schema know nothing of the domain (bootstrap.server.ts joins them).
    files: ["app/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["~/domain/*", "~/http/*", "~/routes/*", "~/mail/*"], message: "the database layer does not depend on the domain; see app/bootstrap.server.ts" },
            { group: ["**/*.server", "**/*.server.ts"], importNames: ["default"], message: "server modules stay on the server" },
          ],
        },
      ],
    },
  },
);
