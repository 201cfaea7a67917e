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

// The menu's lists at 390 px (stacked rows, axe) are checked in the menu tests (auth/language.spec.ts, decision 046).

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
