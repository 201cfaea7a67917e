/**
 * A chain of 100 workplaces (issue 10) in the browser: HR's task list filter groups them by
 * town, HR's workplace list and the jobcentre's pages them 20 at a time with a search, and the
 * jobcentre's company page counts them instead of listing 100. At 390 and 1280 px: no sideways
 * scrolling, axe clean, and the grouped filter and the search work by keyboard.
 */
import path from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase } from "../../../app/db/client.server";
import { companies, users, workplaces } from "../../../app/db/schema";
import { E2E_DATABASE } from "../e2e-database";
import { expect, login, randomCvr, test, uniqueEmail } from "../fixtures";

const TOWNS = [
  ["2100", "København Ø"],
  ["5000", "Odense C"],
  ["6700", "Esbjerg"],
  ["7100", "Vejle"],
  ["8000", "Aarhus C"],
  ["9000", "Aalborg"],
] as const;

let hrEmail = "";
let companyId = 0;

test.beforeAll(() => {
  // A new chain of the consultant's jobcentre, so the demo companies other tests use stay as they are.
  const { db, sqlite } = openDatabase(path.resolve(E2E_DATABASE));
  const consultant = db.select().from(users).where(eq(users.email, "konsulent@demo.test")).get()!;
  const company = db
    .insert(companies)
    .values({ cvr: randomCvr(), name: "Kædebutikkerne A/S", industry: "retail", jobcentreId: consultant.jobcentreId!, status: "verified" })
    .returning()
    .get();
  companyId = company.id;
  db.insert(workplaces)
    .values(
      Array.from({ length: 100 }, (_, i) => ({
        companyId,
        pNumber: String(3_100_000_000 + Math.floor(Math.random() * 800_000_000) + i),
        name: `Kædebutik ${String(i + 1).padStart(3, "0")}`,
        address: `Strøget ${i + 1}`,
        postcode: TOWNS[i % TOWNS.length]![0],
        city: TOWNS[i % TOWNS.length]![1],
        ordinaryFte: 8,
      })),
    )
    .run();
  hrEmail = uniqueEmail("hr-kaede");
  db.insert(users).values({ email: hrEmail, name: "Kirsten Kæde", passwordHash: "ikke-brugt", role: "company_admin", companyId }).run();
  sqlite.close();
});

for (const width of [390, 1280]) {
  test(`a chain's workplaces at ${width} px: grouped filter, paged lists, the company page's summary`, async ({ page, a11y }) => {
    await page.setViewportSize({ width, height: 900 });
    // Polled: right after a client-side navigation the layout may not have settled (a permanent overflow still fails).
    const fits = () => expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const openFilters = async () => {
      if (width < 600) await page.getByText(/^Filtrér/).click();
    };

    await login(page, hrEmail);
    await page.goto("/company/tasks");
    await openFilters();
    const filter = page.getByLabel("Arbejdssted", { exact: true });
    await expect(filter.locator("optgroup")).toHaveCount(TOWNS.length);
    await expect(filter.locator("optgroup").first()).toHaveAttribute("label", "2100 København Ø");
    await expect(filter.locator("option")).toHaveCount(101);
    // By keyboard: focus the select, choose a shop, send the form with Enter from the search field.
    await filter.focus();
    await filter.selectOption({ label: "Kædebutik 004, Strøget 4" });
    await page.getByLabel("Søg i titel, beskrivelse og rolle").press("Enter");
    await expect(page).toHaveURL(/workplace=\d+/);
    await fits();
    await a11y();
    await page.screenshot({ path: `tmp/e2e-chain-tasks-${width}.png`, fullPage: true });

    await page.goto("/company/workplaces");
    await expect(page.locator("table tbody tr")).toHaveCount(20);
    await page.getByLabel("Søg på navn, adresse, postnummer eller by").fill("Vejle");
    await page.getByLabel("Søg på navn, adresse, postnummer eller by").press("Enter");
    await expect(page.getByText("17 arbejdssteder")).toBeVisible();
    await fits();
    await a11y();

    await login(page, "konsulent@demo.test");
    await page.goto(`/jobcentre/companies/${companyId}`);
    await expect(page.getByText("100 arbejdssteder i 6 byer.")).toBeVisible();
    await page.locator("#workplace-q").fill("Aalborg");
    await page.locator("#workplace-q").press("Enter");
    await expect(page).toHaveURL(new RegExp(`/jobcentre/companies/${companyId}/workplaces\\?back=.*q=Aalborg`));
    await expect(page.getByText("16 arbejdssteder")).toBeVisible();
    await fits();
    await a11y();
    await page.getByRole("link", { name: "Tilbage til virksomheden" }).click();
    await page.getByRole("link", { name: "Se alle arbejdssteder" }).click();
    await expect(page.locator("table tbody tr")).toHaveCount(20);
    await page.getByRole("link", { name: /Næste side/ }).first().click();
    await expect(page).toHaveURL(/page=2/);
    await fits();
    await a11y();
    await page.screenshot({ path: `tmp/e2e-chain-jobcentre-list-${width}.png`, fullPage: true });

    await page.goto(`/jobcentre/companies/${companyId}/tasks`);
    await openFilters();
    await expect(page.getByLabel("Arbejdssted", { exact: true }).locator("optgroup")).toHaveCount(TOWNS.length);
    await fits();
    await a11y();
    await page.goto(`/jobcentre/companies/${companyId}`);
    await fits();
    await a11y();
    await page.screenshot({ path: `tmp/e2e-chain-company-${width}.png`, fullPage: true });
  });
}
