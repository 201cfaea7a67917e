import fs from "node:fs";
import { test, expect, loginAt } from "../fixtures";

test("a list downloads as a CSV for Excel with the filters on the page, and the download is audited @nojs", async ({ page }) => {
  await loginAt(page, "admin@demo.test", "/jobcentre/companies?status=verified");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Hent som regneark/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^virksomheder-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = text.slice(1).trimEnd().split("\r\n");
  expect(header).toBe("Virksomhedens navn;CVR-nummer;Branche;Status;Oprettet");
  expect(rows.length).toBeGreaterThan(0);
  // The filter of the page (verified only) is the filter of the file.
  for (const row of rows) expect(row.split(";")[3]).toBe("Godkendt");
  expect(text).not.toContain("Café Morgenstund");

  await page.goto("/jobcentre/audit?event=list.exported");
  // The log says it in Danish: the list by its page's name, the filter by its label and value.
  await expect(page.locator("table tbody tr").first()).toContainText("Liste: Virksomheder");
  await expect(page.locator("table tbody tr").first()).toContainText("Filter – Status: Godkendt");
});

test("on a phone the filters fold behind Filtrér and open without JavaScript @nojs", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAt(page, "konsulent@demo.test", "/jobcentre/board");
  const search = page.getByLabel("Fritekst", { exact: true });
  await expect(search).toBeHidden();
  await page.getByText("Filtrér", { exact: true }).click();
  await search.fill("butik");
  await page.getByRole("button", { name: "Vis resultater" }).click();
  await expect(page).toHaveURL(/q=butik/);
  await expect(page.getByText("Filtrér (1 valgt)")).toBeVisible();
  await expect(search).toBeHidden();
  // At full width the filters are simply there.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(search).toBeVisible();
  // The header's links keep to one line at full width ("Min konto" and "Log af" broke in two).
  for (const item of [page.getByRole("link", { name: "Min konto" }), page.getByRole("button", { name: "Log af" })]) expect((await item.boundingBox())!.height).toBeLessThan(44);
});

const PHONE_LISTS = {
  "hr@demo.test": ["/company/slots", "/company/tasks", "/company/workplaces", "/company/colleagues"],
  "admin@demo.test": ["/jobcentre", "/jobcentre/verify", "/jobcentre/companies", "/jobcentre/board", "/jobcentre/review", "/jobcentre/staff", "/jobcentre/audit"],
};

for (const [email, paths] of Object.entries(PHONE_LISTS)) {
  test(`${email}'s lists fit a 390 px phone as stacked rows`, async ({ page, a11y }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await loginAt(page, email, paths[0]!);
    for (const [i, path] of paths.entries()) {
      if (i > 0) await page.goto(path);
      await expect(page.locator("h1")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      const firstRow = page.locator(".data-table__table tbody tr").first();
      if ((await firstRow.count()) > 0) {
        await expect(firstRow.locator("td").nth(1)).toHaveCSS("display", "block");
      }
      await a11y();
    }
  });
}

/** Every other company page (issue 9.15): forms, the finder's suggestions, the meter. axe runs on them in a11y-sweep. */
const PHONE_PAGES = [
  "/company",
  "/company/profile",
  "/company/slots/new",
  "/company/tasks/new",
  "/company/task-finder?industry=bakery_food&area=production&chore=washing_up&chore=cleaning&step=5",
  "/company/workplaces/new",
  "/company/proposals",
];

test("every company page fits a 390 px phone without sideways scrolling @nojs", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAt(page, "hr@demo.test", PHONE_PAGES[0]!);
  for (const [i, path] of PHONE_PAGES.entries()) {
    if (i > 0) await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
