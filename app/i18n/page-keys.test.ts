/**
 * The messages each page is sent (decision 043): the build's scan (key-usage.ts) and the root
 * loader's pick (messages.server.ts). Whether a page really has every message it shows is
 * checked in the browser: the end-to-end tests fail when a page asks for a message it was not
 * sent (tests/e2e/fixtures.ts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import PAGE_KEYS from "virtual:page-keys";
import { afterAll, describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogue";
import { readRoutes, routePattern, scanPageKeys } from "./key-usage";
import { messagesForPath } from "./messages.server";

const APP = path.resolve("app");
const ALL_KEYS = Object.keys(CATALOGUES.da);

describe("a route's address", () => {
  const matches = (routePath: string, pathname: string) => new RegExp(routePattern(routePath)).test(pathname);

  it("matches its own address, with or without a trailing slash, and nothing below it", () => {
    expect(matches("", "/")).toBe(true);
    expect(matches("", "/company")).toBe(false);
    expect(matches("company/slots/:slotId", "/company/slots/5")).toBe(true);
    expect(matches("company/slots/:slotId", "/company/slots/5/")).toBe(true);
    expect(matches("company/slots/:slotId", "/company/slots/5/edit")).toBe(false);
    expect(matches("company/slots/:slotId", "/company/slots")).toBe(false);
  });

  it("takes a dot literally, an optional parameter as optional, and a splat as anything", () => {
    expect(matches("jobcentre/candidates/:id/personal-data.json", "/jobcentre/candidates/1/personal-data.json")).toBe(true);
    expect(matches("jobcentre/candidates/:id/personal-data.json", "/jobcentre/candidates/1/personal-dataXjson")).toBe(false);
    expect(matches("lang/:code?", "/lang")).toBe(true);
    expect(matches("lang/:code?", "/lang/da")).toBe(true);
    expect(matches("*", "/anything/at/all")).toBe(true);
    expect(matches("*", "/")).toBe(true);
  });
});

describe("the scan of a small app", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-keys-"));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write("routes.ts", `export default [index("routes/home.tsx"), route("things/:id", "routes/thing.tsx"), route("form", "routes/form.tsx"), route("*", "routes/none.tsx")];`);
  write("root.tsx", `import { Menu } from "./components/menu"; import { data } from "./root-data.server"; t("layout.a");`);
  write("components/menu.tsx", `export const Menu = () => t("layout.b");`);
  write("root-data.server.ts", `t("server.only");`);
  write("http/navigation.ts", "const items = [`nav.${name}`];");
  write("routes/home.tsx", `import type { Shape } from "~/components/typed"; export { Box } from "~/components/box"; t("home.title"); t("layout.a");`);
  write("components/typed.ts", `t("typed.never");`);
  write("components/box.tsx", `const Lazy = () => import("./lazy"); t("box.label");`);
  write("components/lazy.tsx", `t("lazy.label");`);
  write("routes/thing.tsx", `import { load } from "~/domain/things.server"; import "../styles"; import { da } from "~/i18n/things/da"; import { stateKey } from "~/i18n/things/keys"; t("thing.title");`);
  write("i18n/things/keys.ts", "export const stateKey = (s: string) => `thing.state.${s}`;");
  write("domain/things.server.ts", `import { things } from "~/db/schema"; throw new Error("thing.error.gone"); const mail = "mail.thing.subject";`);
  // The tables import the domain's vocabularies from modules that also hold form validation.
  write("db/schema/index.ts", `export * from "./things";`);
  write("db/schema/things.ts", `import { STATES } from "~/domain/things/schema"; export const things = table("things", { state: text({ enum: STATES }) });`);
  write("domain/things/schema.ts", `export const STATES = ["open"]; export const thingForm = z.object({ name: z.string().min(1, "thing.error.name") });`);
  write("routes/form.tsx", `import { thingForm } from "~/domain/things/schema"; t("form.title");`);
  write("styles.ts", `t("styles.side");`);
  write("routes/none.tsx", `t("none.title");`);
  write("i18n/things/da.ts", `export const da = { "thing.never": "x" };`);
  const keys = [
    "layout.a", "layout.b", "server.only", "nav.home", "nav.slots", "navigation.other", "home.title", "typed.never", "box.label", "lazy.label",
    "thing.title", "thing.error.gone", "thing.state.open", "thing.never", "mail.thing.subject", "styles.side", "none.title", "thing.error.name", "form.title",
  ];
  const scan = scanPageKeys(dir, keys);
  const routeKeys = (pathname: string) => scan.routes.filter(([pattern]) => new RegExp(pattern).test(pathname)).flatMap(([, k]) => k);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gives the layout root.tsx's browser modules and the menu's keys, by prefix", () => {
    expect(scan.layout).toEqual(["layout.a", "layout.b", "nav.home", "nav.slots"]);
  });

  it("follows imports, re-exports, dynamic imports and imports for effect, but not `import type`", () => {
    expect(routeKeys("/").sort()).toEqual(["box.label", "home.title", "lazy.label", "none.title"]);
  });

  it("follows a route into its server modules (a loader's error keys), reads the catalogue's key helpers but not its message files, leaves out e-mail", () => {
    expect(routeKeys("/things/7").sort()).toEqual(["none.title", "styles.side", "thing.error.gone", "thing.state.open", "thing.title"]);
  });

  it("does not follow the tables' imports: a form's errors reach the pages that import its validation, not every page that reads the table (decision 050)", () => {
    expect(routeKeys("/things/7")).not.toContain("thing.error.name");
    expect(routeKeys("/form").sort()).toEqual(["form.title", "none.title", "thing.error.name"]);
  });

  it("reads app/routes.ts", () => {
    expect(readRoutes(dir).map((r) => r.path)).toEqual(["", "things/:id", "form", "*"]);
  });
});

describe("the portal's pages", () => {
  it("the build's module is the scan of the app as it is now", () => {
    expect(PAGE_KEYS).toEqual(scanPageKeys(APP, ALL_KEYS));
    expect(PAGE_KEYS.routes.length).toBe(readRoutes(APP).length);
    expect(PAGE_KEYS.layout).toContain("layout.skipToContent");
  });

  it("the floor page gets its own and the layout's messages, a small part of the catalogue", () => {
    const messages = messagesForPath("da", "/accessibility");
    expect(messages["title.accessibility"]).toBe(CATALOGUES.da["title.accessibility"]);
    expect(messages["layout.skipToContent"]).toBe(CATALOGUES.da["layout.skipToContent"]);
    expect(messages["slots.backToList"]).toBeUndefined();
    expect(Object.keys(messages).length).toBeLessThan(ALL_KEYS.length / 5);
  });

  it("a page gets the keys its modules write, in the reader's language only", () => {
    const da = messagesForPath("da", "/company/slots/12");
    const en = messagesForPath("en", "/company/slots/12");
    expect(da["slots.backToList"]).toBe(CATALOGUES.da["slots.backToList"]);
    expect(en["slots.backToList"]).toBe(CATALOGUES.en["slots.backToList"]);
    expect(en["slots.backToList"]).not.toBe(da["slots.backToList"]);
  });

  it("no page is sent an e-mail's text or a key the catalogue lacks", () => {
    for (const { path: url } of readRoutes(APP)) {
      const pathname = `/${url.replace(/:\w+\??/g, "1").replace(/\*$/, "missing")}`;
      for (const locale of ["da", "en"] as const) {
        const messages = messagesForPath(locale, pathname);
        expect(Object.values(messages).filter((m) => m === undefined), pathname).toEqual([]);
        expect(Object.keys(messages).filter((k) => k.startsWith("mail.")), pathname).toEqual([]);
      }
    }
  });

  // Decision 051: the rules with their messages live apart from the helpers the start pages'
  // queries use (end-errors.ts, consent-errors.ts, story-errors.ts, companies/refusals.ts, the
  // phone form's message, fteCount apart from the meter, the task queries from the vocabulary).
  it("the start pages are sent no form's or command's errors, and the forms' pages still are", () => {
    const errorsOf = (pathname: string) => Object.keys(messagesForPath("da", pathname)).filter((k) => k.startsWith("error.") || k.startsWith("meter."));
    const generic = ["error.conflict", "error.forbidden", "error.invalid", "error.notFound"];
    expect(errorsOf("/company").filter((k) => !generic.includes(k))).toEqual([]);
    expect(errorsOf("/jobcentre").filter((k) => !generic.includes(k))).toEqual([]);
    expect(errorsOf("/company/placements/1/end")).toEqual(expect.arrayContaining(["error.ending.beforeStart", "error.ending.sameEnd", "error.ending.statusNotYet"]));
    expect(errorsOf("/jobcentre/placements/1/story")).toEqual(expect.arrayContaining(["error.story.named", "error.story.consentFuture"]));
    expect(errorsOf("/jobcentre/candidates/1/consent")).toEqual(expect.arrayContaining(["error.consent.tooLong", "error.consent.givenInFuture"]));
    expect(errorsOf("/company/profile")).toEqual(expect.arrayContaining(["error.company.readOnly", "error.company.reviewNotNeeded"]));
    expect(errorsOf("/company/tasks/new")).toEqual(expect.arrayContaining(["error.task.title", "error.task.demand", "error.company.readOnly"]));
  });

  it("a list is not sent the messages of the detail pages, the fit or the commands beside it (decision 053)", () => {
    const keys = (pathname: string) => Object.keys(messagesForPath("da", pathname));
    const candidates = keys("/jobcentre/candidates");
    expect(candidates).toContain("candidates.title");
    expect(candidates).toContain("consentStatus.valid");
    expect(candidates.filter((k) => k.startsWith("fit.") || k.startsWith("error.proposal.") || k.startsWith("proposal.") || k.startsWith("error.ending."))).toEqual([]);
    for (const pathname of ["/jobcentre/proposals", "/company/proposals"]) {
      expect(keys(pathname), pathname).toContain("proposalStatus.proposed");
      expect(keys(pathname).filter((k) => k.startsWith("fit.") || k.startsWith("error.proposal.") || k.startsWith("chore.")), pathname).toEqual([]);
    }
    // The board lists open slots only: it has its own list module (decision 056) and is sent no
    // status or next step, the company's slot list still is.
    expect(keys("/company/slots")).toContain("slotNext.submit");
    expect(keys("/jobcentre/board")).toContain("board.daysOpenValue");
    expect(keys("/jobcentre/board").filter((k) => k.startsWith("slotStatus.") || k.startsWith("slotNext.") || k === "title.review" || k === "title.slots")).toEqual([]);
    expect(keys("/company/slots")).toContain("slotStatus.open");
    for (const pathname of ["/jobcentre/board", "/company/slots"]) {
      // The slot form's and the slot commands' errors; the company policy's refusals stay (the page offers by them).
      expect(keys(pathname).filter((k) => ["error.slot.title", "error.slot.overCapacity", "error.task.hours", "error.password.tooShort"].includes(k)), pathname).toEqual([]);
    }
  });

  it("the placement lists are not sent the CSV-only columns' messages or the demand filters' (decision 077)", () => {
    const keys = (pathname: string) => Object.keys(messagesForPath("da", pathname));
    const csvOnly = (k: string) => ["csv.endKind", "csv.endedOn", "csv.outcomeHours", "csv.statusCategory", "csv.statusHours", "slots.count"].includes(k) || k.startsWith("statusCategory.") || k.startsWith("demand.") || k.startsWith("tasks.");
    for (const pathname of ["/jobcentre/placements", "/company/placements"]) {
      expect(keys(pathname), pathname).toEqual(expect.arrayContaining(["placement.citizen", "placement.hoursShort", "flagShort.lowWellBeing", "placementStatus.active", "placements.atRiskOnly", "list.csv"]));
      expect(keys(pathname).filter(csvOnly), pathname).toEqual([]);
    }
    // The jobcentre's page shows how a placement ended, its header and filter say "outcome".
    expect(keys("/jobcentre/placements")).toEqual(expect.arrayContaining(["csv.outcome", "outcome.fleksjob", "endKind.completed", "ending.endedValue"]));
    // The pages with demand filters still get them.
    for (const pathname of ["/jobcentre/board", "/company/tasks"]) expect(keys(pathname), pathname).toEqual(expect.arrayContaining(["demand.physical", "tasks.anyLevel", "tasks.upToMedium"]));
  });

  it("the same page's messages are made once, not per request", () => {
    expect(messagesForPath("da", "/company/slots/12")).toBe(messagesForPath("da", "/company/slots/99"));
    expect(messagesForPath("da", "/company/slots/12")).not.toBe(messagesForPath("en", "/company/slots/12"));
  });
});
