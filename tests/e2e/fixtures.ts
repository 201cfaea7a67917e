import fs from "node:fs";
import { createRequire } from "node:module";
import type axe from "axe-core";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { SESSION_COOKIE } from "../../app/auth/cookie.server";
import { MISSING_MESSAGE } from "../../app/i18n/missing";
import { signInWithCookie } from "./session";

export const DEMO_PASSWORD = "Demo-adgang-2026";

/** WCAG 2.1 A and AA: what the accessibility statement promises. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe-core's minified build (580 KB; the package's main export `axe.source` is the 1.3 MB
 * unminified one, which costs the browser a third more to parse on every page; decision 036).
 */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The layout's chrome: the same header and footer around every page (app/root.tsx). */
const CHROME = ["body > header", "body > footer"];

/**
 * What axe's verdict depends on, as two strings: one for the layout's chrome (header and
 * footer) and one for the rest (the main content and the document: title, language, skip
 * link). Each holds the markup (`outerHTML` without scripts, plus the form fields' values and checked states,
 * which are properties, not markup), the viewport width (the layout reflows with it, and what
 * is hidden, which axe skips, changes), the language, and where the pointer and the focus are
 * when they are in that part (hover and focus styles). In the chrome, which menu item is the
 * current page and the language switch's hidden return address are left out (one CSS rule
 * styles whichever item is current; whether it carries a count is kept), and the pointer and
 * focus are named by their classes, not by which item they are on. `chrome` is null where the
 * page has no chrome (setContent). Decision 046.
 */
function scanState(selectors: string[]): { chrome: string | null; rest: string } {
  const parts = selectors.map((s) => document.querySelector(s)).filter((e): e is Element => e !== null);
  const inChrome = (el: Element) => parts.some((p) => p.contains(el));
  const hovered = [...document.querySelectorAll(":hover")].pop() ?? null;
  const focused = document.activeElement;
  // By classes (chrome): the same style on any menu item is one state.
  const byClass = (el: Element | null) => {
    if (!el || !inChrome(el)) return "";
    const chain: string[] = [];
    for (let e: Element | null = el; e && !parts.includes(e); e = e.parentElement) chain.push(`${e.tagName}.${e.className}`);
    return `${chain.join("<")}${el.querySelector(".nav-count") ? "+count" : ""}`;
  };
  // By position (the rest): the exact element.
  const byPlace = (el: Element | null) => {
    if (!el || inChrome(el) || el === document.body) return "";
    const chain: number[] = [];
    for (let e: Element | null = el; e?.parentElement; e = e.parentElement) chain.push([...e.parentElement.children].indexOf(e));
    return chain.join(".");
  };
  const common = [window.innerWidth, document.documentElement.lang];
  const chrome =
    parts.length === 0
      ? null
      : [
          ...common,
          document.querySelector("li.active .nav-count") ? "current-with-count" : "",
          byClass(hovered),
          byClass(focused),
          parts
            .map((p) => p.outerHTML)
            .join("")
            .replace(/ aria-current="page"/g, "")
            .replace(/<li class="active">/g, "<li>")
            .replace(/class="nav-link(?: active| pending)+"/g, 'class="nav-link"')
            .replace(/(<input type="hidden"[^>]* value=")[^"]*"/g, '$1"'),
        ].join("|");
  // As a string, not a clone of the DOM (a clone would start loading its images). Scripts are
  // not rendered, and hold per-request data (Remix's loader data, the user).
  let rest = document.documentElement.outerHTML;
  for (const p of parts) rest = rest.replace(p.outerHTML, "");
  rest = rest.replace(/<script\b[\s\S]*?<\/script>/g, "");
  const fields = [...document.querySelectorAll("input, select, textarea")]
    .filter((f) => !inChrome(f))
    .map((f) => `${(f as HTMLInputElement).value}/${(f as HTMLInputElement).checked}`);
  return { chrome, rest: [...common, byPlace(hovered), byPlace(focused), fields.join("|"), rest].join("|") };
}

/**
 * Page states that passed axe in this worker (one build of the portal, one stylesheet). axe's
 * verdict is a function of the page's markup, styles and layout (scanState), so a state that
 * passed is not scanned again: the layout's header and footer, the same around most pages of a
 * test, and a main content that two users see alike (the consultant's and the admin's menu
 * pages). A state that failed is not recorded: every test that reaches it fails. Decision 046.
 */
const passedStates = new Set<string>();

/**
 * Runs axe-core in the page as it is now and returns its violations, one line each.
 * axe is injected straight into the page (our pages have no frames) instead of through
 * AxeBuilder, which opens a second page per scan: three times faster (decision 028). A
 * string given to `evaluate` is not subject to the page's CSP. The `a11y` fixture also
 * registers axe as an init script of the test's browser context, so a page loaded there has
 * it already and nothing is sent per scan (decision 036).
 *
 * With `passed` (the `a11y` fixture gives the worker's), parts of the page in a state that has
 * already passed are left out: the chrome (axe then runs on the main content and the
 * document-level rules: title, language, skip link), or the whole scan when both have passed.
 * `E2E_AXE_LOG=1` prints each scan's kind (full, main, skipped) and its time in the page.
 */
export async function axeViolations(page: Page, passed?: Set<string>): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      await arrived(page);
      return await scan(page, passed);
    } catch (error) {
      // The page went on to another document while it was waited for or read (a plain link
      // clicked just before): read the page it arrived at.
      if (attempt === 3 || !LEFT_PAGE.test(String(error))) throw error;
    }
  }
}

const LEFT_PAGE = /Execution context was destroyed|Cannot read properties of null|navigat/i;

/**
 * Waits until the page has arrived: its document loaded and no client-side navigation pending.
 * A scan started right after a click on a plain link could otherwise read a document that has
 * no <html> element yet, or the page being left.
 */
async function arrived(page: Page) {
  await page.waitForLoadState("load");
  await page.waitForFunction(
    () =>
      document.readyState === "complete" &&
      document.documentElement !== null &&
      ((window as unknown as { __remixRouter?: { state: { navigation: { state: string } } } }).__remixRouter?.state.navigation.state ?? "idle") === "idle",
  );
}

async function scan(page: Page, passed?: Set<string>): Promise<string[]> {
  const state = passed ? await page.evaluate(scanState, CHROME) : null;
  const chromeKey = state?.chrome ? `chrome:${state.chrome}` : null;
  const restKey = state ? `rest:${state.rest}` : null;
  const skipChrome = chromeKey !== null && passed!.has(chromeKey);
  if (skipChrome && passed!.has(restKey!)) {
    if (process.env.E2E_AXE_LOG) console.log(`axe skipped ${page.url()}`);
    return [];
  }
  const started = process.env.E2E_AXE_LOG ? await page.evaluate(() => performance.now()) : 0;
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    ([tags, exclude]) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(exclude.length ? { include: [["html"]], exclude: exclude.map((s) => [s]) } : document, {
          runOnly: { type: "tag", values: tags },
          resultTypes: ["violations"],
        })
        .then((r) => r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)),
    [AXE_TAGS, skipChrome ? CHROME : []] as const,
  );
  if (process.env.E2E_AXE_LOG) console.log(`axe ${skipChrome ? "main" : "full"} ${Math.round((await page.evaluate(() => performance.now())) - started)} ms ${page.url()}`);
  if (passed && violations.length === 0) {
    if (chromeKey) passed.add(chromeKey);
    passed.add(restKey!);
  }
  return violations;
}

export const test = base.extend<{ a11y: (page?: Page) => Promise<void>; messagesSent: void }>({
  /**
   * Every test fails when a page asked for a message the server did not send with it (decision
   * 043): after JavaScript has loaded, that page showed a raw key.
   */
  messagesSent: [
    async ({ context }, use) => {
      const missing: string[] = [];
      context.on("console", (message) => {
        if (message.type() === "error" && message.text().startsWith(MISSING_MESSAGE)) missing.push(`${message.text()} (${message.page()?.url() ?? "?"})`);
      });
      await use();
      expect(missing, "messages a page was not sent").toEqual([]);
    },
    { auto: true },
  ],
  /**
   * Zero axe violations (WCAG 2.1 A/AA) on the page as it is now; skipped where JS is off. A
   * state of the page that has passed in this worker is not scanned again (axeViolations,
   * decision 046).
   */
  a11y: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled) await page.context().addInitScript({ content: AXE_SOURCE });
    await use(async (target = page) => {
      if (!javaScriptEnabled) return;
      expect(await axeViolations(target, passedStates), `axe violations on ${target.url()}`).toEqual([]);
    });
  },
});
export { expect };

/**
 * Follows a link and waits until the page is at its address, so that what comes next (an axe
 * scan above all) reads the page arrived at, not the one being left.
 */
export async function follow(link: Locator) {
  const page = link.page();
  const href = await link.getAttribute("href");
  if (href === null) throw new Error("follow: the element has no href");
  const target = new URL(href, page.url());
  await link.click();
  await page.waitForURL((url) => url.pathname === target.pathname && url.search === target.search);
}

/**
 * Signs in as a user. Without a password by a session cookie made through the portal's own
 * session code (fast: no form, no argon2); with a password through the login form, for the
 * tests that are about the form or the password (password reset, sign-up, throttling).
 */
export async function login(page: Page, email: string, password?: string) {
  if (password !== undefined) return loginWithForm(page, email, password);
  await signInWithCookie(page, email);
  await page.goto("/");
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * Signs in by cookie and opens `path` straight away: one page load fewer than `login` and a
 * `goto`, which first loads the role's start page (decision 036).
 */
export async function loginAt(page: Page, email: string, path: string) {
  await signInWithCookie(page, email);
  await page.goto(path);
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * Changes the signed-in user without the log-off button and the login page it leads to: two
 * page loads fewer than `logout` + `login` (decision 036). Use `logout` where logging off is
 * what the test is about.
 */
export async function switchUser(page: Page, email: string, path = "/") {
  // Only the session: the language and the test clock (decision 031) stay as they were.
  await page.context().clearCookies({ name: SESSION_COOKIE });
  await loginAt(page, email, path);
}

export async function loginWithForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Adgangskode", { exact: true }).fill(password);
  await page.locator("main").getByRole("button", { name: "Log ind" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "Log af" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** A valid, random CVR (modulus 11), so parallel runs never collide. */
export function randomCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const prefix = String(2_000_000 + Math.floor(Math.random() * 7_999_999));
    const sum = [...prefix].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return prefix + String(check);
  }
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.test`;
}

export interface SignupData {
  cvr: string;
  name: string;
  email: string;
  password: string;
}

export async function fillSignup(page: Page, data: SignupData, jobcentre = "Jobcenter København") {
  await page.goto("/signup");
  await page.getByLabel("CVR-nummer", { exact: true }).fill(data.cvr);
  await page.getByLabel("Virksomhedens navn", { exact: true }).fill(data.name);
  await page.getByLabel("Branche", { exact: true }).selectOption({ label: "Detailhandel" });
  await page.getByLabel("Jobcenter", { exact: true }).selectOption({ label: jobcentre });
  await page.getByLabel("P-nummer", { exact: true }).fill("1234567890");
  await page.getByLabel("Arbejdsstedets navn", { exact: true }).fill("Butikken");
  await page.getByLabel("Adresse", { exact: true }).fill("Strøget 1");
  await page.getByLabel("Postnummer", { exact: true }).fill("1160");
  await page.getByLabel("By", { exact: true }).fill("København K");
  await page.getByLabel("Ordinært ansatte (fuldtidsstillinger)", { exact: true }).fill("12,5");
  await page.getByLabel("Dit navn", { exact: true }).fill("Sofie Sørensen");
  await page.getByLabel("Dit telefonnummer", { exact: true }).fill("+45 33 12 34 56");
  await page.getByLabel("E-mail", { exact: true }).fill(data.email);
  await page.getByLabel("Vælg adgangskode", { exact: true }).fill(data.password);
}

/**
 * Signs a company up the whole way: the form, "Tjek din e-mail", the link from the outbox,
 * and the button that creates it (decision 020). Ends signed in on the company's start page.
 */
export async function signUp(page: Page, data: SignupData, jobcentre = "Jobcenter København") {
  await fillSignup(page, data, jobcentre);
  await page.getByRole("button", { name: "Opret virksomhed" }).click();
  await expect(page.getByRole("heading", { name: "Tjek din e-mail" })).toBeVisible();
  await page.goto(await linkFromOutbox(page, data.email, "/signup/confirm/"));
  await page.getByRole("button", { name: "Opret virksomheden" }).click();
  await expect(page).toHaveURL(/\/company\?welcome=1$/);
}

/** A mail in the development outbox, as the outbox page shows it. */
export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  links: string[];
}

const unescapeHtml = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The outbox page's mails, newest first (app/routes/dev-outbox.tsx). */
export function parseOutbox(html: string): OutboxMail[] {
  return [...html.matchAll(/<article class="outbox-mail">([\s\S]*?)<\/article>/g)].map(([, body]) => ({
    to: unescapeHtml(/<span class="outbox-to">([^<]*)<\/span>/.exec(body!)?.[1] ?? ""),
    subject: unescapeHtml(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(body!)?.[1]?.replace(/<[^>]*>/g, "") ?? ""),
    text: unescapeHtml(/<p class="outbox-text">([\s\S]*?)<\/p>/.exec(body!)?.[1]?.replace(/<[^>]*>/g, "") ?? ""),
    links: [...body!.matchAll(/<a [^>]*href="([^"]*)"/g)].map(([, link]) => unescapeHtml(link!)),
  }));
}

/**
 * The development outbox's mails to `to`, newest first, read again until `until` accepts them
 * (by default: until there is one). Mail leaves after the commit (the outbox dispatcher), so
 * the outbox is read until it is there instead of waiting out the test's timeout on a page
 * that will never change. Read with the browser context's request (its cookies; no page load,
 * no render in the browser: decisions 042, 046); the outbox page is a development tool, not a
 * page of the portal, so it is not opened in the browser nor scanned by axe.
 */
export async function outboxMails(page: Page, to: string, until: (mails: OutboxMail[]) => boolean = (mails) => mails.length > 0): Promise<OutboxMail[]> {
  let mails: OutboxMail[] = [];
  await expect(async () => {
    const response = await page.request.get("/dev/outbox");
    expect(response.status()).toBe(200);
    mails = parseOutbox(await response.text()).filter((mail) => mail.to.includes(to));
    expect(until(mails), `the expected mail to ${to} in the outbox`).toBe(true);
  }).toPass({ timeout: 30_000 });
  return mails;
}

/** The path of the newest link containing `pathPart` in the newest mail to `to` (read until it is there). */
export async function linkFromOutbox(page: Page, to: string, pathPart: string): Promise<string> {
  const [newest] = await outboxMails(page, to, (mails) => newestLink(mails, pathPart) !== undefined);
  return new URL(newestLink([newest!], pathPart)!).pathname;
}

/** The first link containing `pathPart` in the newest of these mails. */
function newestLink(mails: OutboxMail[], pathPart: string): string | undefined {
  return mails[0]?.links.find((link) => link.includes(pathPart));
}
