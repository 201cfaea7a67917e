import type { Page } from "@playwright/test";
import { test, expect, loginAt } from "../fixtures";

/*
 * Decisions 084 and 085: the placement lists' and the follow-up lists' rows are drawn once per
 * row's fields and language on the server and sent as kept markup; the browser draws them itself.
 * Hydration must find what React would have drawn (no hydration error), and the same list drawn by
 * the browser after a client navigation (the filter form's GET) and back must be the same markup
 * as the server sends (React's text separators aside). Other tests change placements and
 * follow-ups meanwhile, so the browser's drawing is compared with what the server sends at that
 * moment: a second tab of the same session with its scripts blocked.
 */
const rowsOf = (page: Page) => page.evaluate(() => [...document.querySelectorAll("main table tbody tr")].map((e) => e.outerHTML.replace(/<!--[^]*?-->/g, "")));

async function serverRows(page: Page, path: string) {
  const other = await page.context().newPage();
  await other.route(/\.js(\?|$)/, (route) => route.abort());
  await other.goto(path);
  const rows = await rowsOf(other);
  await other.close();
  return rows;
}

async function keptRowsHydrate(page: Page, list: { path: string; filter: string; choose: string; filtered: RegExp; unfiltered: RegExp }) {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await loginAt(page, "konsulent@demo.test", list.path);
  // The second view comes from what the first kept; it hydrates without an error.
  await page.goto(list.path);
  await page.waitForLoadState("networkidle");
  expect((await rowsOf(page)).length).toBeGreaterThanOrEqual(1);
  await page.getByLabel(list.filter, { exact: true }).selectOption({ label: list.choose });
  await page.getByRole("button", { name: "Vis resultater", exact: true }).click();
  await expect(page).toHaveURL(list.filtered);
  await page.goBack();
  await expect(page).toHaveURL(list.unfiltered);
  await expect.poll(async () => {
    const drawn = await rowsOf(page);
    return drawn.length > 0 && JSON.stringify(drawn) === JSON.stringify(await serverRows(page, list.path));
  }).toBe(true);
  expect(errors).toEqual([]);
}

test("the placement list's kept rows hydrate and are what the browser draws itself", async ({ page }) => {
  await keptRowsHydrate(page, { path: "/jobcentre/placements", filter: "Status", choose: "Afsluttet", filtered: /status=completed/, unfiltered: /\/jobcentre\/placements$/ });
});

test("the follow-up list's kept rows hydrate and are what the browser draws itself", async ({ page }) => {
  await keptRowsHydrate(page, { path: "/jobcentre/follow-ups?view=all", filter: "Vis", choose: "Sendte", filtered: /view=submitted/, unfiltered: /view=all/ });
});
