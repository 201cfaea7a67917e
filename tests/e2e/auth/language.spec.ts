import { test, expect, login, loginWithForm } from "../fixtures";

test("the language switch is remembered and sets <html lang> @nojs", async ({ page, a11y }) => {
  await page.goto("/accessibility");
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(page.getByRole("heading", { name: "Tilgængelighedserklæring" })).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Accessibility statement" })).toBeVisible();
  await a11y();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
});

/**
 * The menu pages that are lists, also at 390 px: they fit a phone as stacked rows, and axe runs
 * there too (what is hidden differs with the width). They were two tests of their own in
 * lists.spec.ts, which loaded each page again (decision 046).
 */
const PHONE_LISTS = new Set(["/company/slots", "/company/tasks", "/company/workplaces", "/company/colleagues", "/jobcentre", "/jobcentre/verify", "/jobcentre/companies", "/jobcentre/board", "/jobcentre/review", "/jobcentre/staff", "/jobcentre/audit"]);

const ROLE_CASES = [
  // HR signs in through the login form with the demo password; the others by session cookie.
  { email: "hr@demo.test", form: true, url: /\/company$/, nav: ["Forside", "Virksomhedsprofil", "Opgaver", "Praktikpladser", "Forslag", "Forløb", "Arbejdssteder", "Kolleger"] },
  { email: "mentor@demo.test", url: /\/company$/, nav: ["Min virksomhed", "Opgaver", "Mine praktikpladser", "Forslag", "Mine forløb"] },
  { email: "konsulent@demo.test", url: /\/jobcentre$/, nav: ["Forside", "Overblik", "Virksomheder at godkende", "Pladser at gennemgå", "Opslagstavle", "Kandidater", "Forslag", "Forløb", "Afslag og grunde", "Virksomheder"] },
  {
    email: "admin@demo.test",
    url: /\/jobcentre$/,
    nav: ["Forside", "Overblik", "Virksomheder at godkende", "Pladser at gennemgå", "Opslagstavle", "Kandidater", "Forslag", "Forløb", "Afslag og grunde", "Virksomheder", "Medarbejdere", "Persondata", "Kontaktoplysninger", "Revisionslog"],
  },
];

// In one worker, one after another: the consultant's menu pages that look exactly like the
// admin's are then not scanned twice (the a11y fixture's passed states are per worker; decision 046).
test.describe.configure({ mode: "default" });

for (const c of ROLE_CASES) {
  test(`${c.email} lands on their own start page with only their own navigation, every menu page fitting a phone`, async ({ page, a11y }) => {
    // Every menu item is visited and checked with axe: ten pages for an admin.
    test.slow();
    await ("form" in c ? loginWithForm(page, c.email) : login(page, c.email));
    await expect(page).toHaveURL(c.url);
    const links = page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link");
    // Items where work waits show its count after the name (a badge hidden from the link's name).
    await expect(links).toHaveText(c.nav.map((name) => new RegExp(`^${name}\\s*\\d*$`)));
    // The start page is the first item's page: scanned in the loop, not twice (decision 046).
    for (const name of c.nav) {
      const link = page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name, exact: true });
      await link.click();
      // The item is current, and no longer pending, once the navigation has finished: the old page's h1 is visible before that.
      await expect(link).toHaveAttribute("aria-current", "page");
      await expect(link).not.toHaveClass(/pending/);
      await expect(page.locator("h1")).toBeVisible();
      await a11y();
      // Every menu page fits a 390 px phone; the lists among them are stacked rows there.
      await page.setViewportSize({ width: 390, height: 844 });
      const path = new URL(page.url()).pathname;
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      if (PHONE_LISTS.has(path)) {
        const firstRow = page.locator(".data-table__table tbody tr").first();
        if ((await firstRow.count()) > 0) await expect(firstRow.locator("td").nth(1)).toHaveCSS("display", "block");
        await a11y();
      }
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
}
