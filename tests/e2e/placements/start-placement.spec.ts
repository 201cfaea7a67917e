import { test, expect, loginAt, switchUser } from "../fixtures";

/**
 * Two accepted proposals at Bageriet Hansen are kept for this area in the demo data: the journey
 * with JavaScript starts Lene's, the short test without JavaScript below Ole's.
 */
test("HR starts a placement from an accepted proposal (duration rule told) → mentor sees it on a phone → consultant sees the rule, downloads the agreement PDF and finds the start on the dashboard", async ({ page, a11y }) => {
  // A journey through three roles with axe on every page: give it the slow-test allowance.
  test.slow();
  const alias = "Lene";
  const slotTitle = "Pakning af småkager";
  const nav = () => page.getByRole("navigation", { name: "Hovedmenu" });

  await loginAt(page, "hr@demo.test", "/company");
  await nav().getByRole("link", { name: "Forslag" }).click();
  await page.getByRole("link", { name: alias, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Start forløbet", level: 2 })).toBeVisible();
  await a11y();
  await page.getByRole("link", { name: "Start forløbet" }).click();
  await expect(page.getByRole("heading", { name: `Start forløbet for ${alias} – ${slotTitle}`, level: 1 })).toBeVisible();
  // The plan comes from the slot; the first goal is suggested from its target.
  await expect(page.getByLabel("Timer om ugen ved start", { exact: true })).toHaveValue("8");
  await expect(page.getByLabel("Mål 1", { exact: true })).toHaveValue("Arbejder 12 timer om ugen i uge 13");
  await expect(page.getByText("For denne borger kan forløbet højst vare 13 uger.")).toBeVisible();
  await a11y();

  // Too long for the citizen's target group: told the limit and the last day, never the group.
  await page.getByLabel("Varighed i uger", { exact: true }).fill("14");
  await page.getByLabel("Mål 2", { exact: true }).fill("Pakker ordrer selvstændigt");
  await page.getByRole("button", { name: "Start forløbet" }).click();
  await expect(page.locator("#lengthWeeks-error")).toContainText("Forløbet kan højst vare 13 uger for denne borger");
  await expect(page.locator("main")).not.toContainText("aktivitetsparat");
  await a11y();
  await page.getByLabel("Varighed i uger", { exact: true }).fill("13");
  await page.getByRole("button", { name: "Start forløbet" }).click();
  await expect(page.getByText("Forløbet er startet. Mentoren og jobcentret har fået besked.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Pakker ordrer selvstændigt" })).toBeVisible();
  await a11y();
  const placementId = page.url().replace(/\?.*$/, "").split("/").pop()!;

  // The mentor finds it under "Mine forløb" on a phone, without sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await switchUser(page, "mentor@demo.test", "/company/placements");
  await expect(page.getByRole("heading", { name: "Forløb", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: alias, exact: true }).click();
  await expect(page.getByRole("heading", { name: `${alias} – ${slotTitle}`, level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The agreement summary is HR's and the jobcentre's business, not the mentor's.
  await expect(page.getByRole("link", { name: "Hent aftaleoplysninger (PDF)" })).toHaveCount(0);
  await a11y();

  // The consultant sees the target group and the rule behind the length.
  await page.setViewportSize({ width: 1280, height: 900 });
  await switchUser(page, "konsulent@demo.test", "/jobcentre/placements");
  await a11y();
  await page.goto(`/jobcentre/placements/${placementId}`);
  await expect(page.getByText("Kontanthjælp, aktivitetsparat")).toBeVisible();
  await expect(page.getByText(/§ 182/)).toBeVisible();
  await a11y();
  // The agreement summary downloads as a PDF with the consultant's session (a plain link: no JavaScript needed).
  const href = await page.getByRole("link", { name: "Hent aftaleoplysninger (PDF)" }).getAttribute("href");
  expect(href).toBe(`/jobcentre/placements/${placementId}/agreement.pdf`);
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The dashboard on a phone: the start counted this month, a chart's figures as a table, another period by a plain GET form.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/jobcentre");
  await page.getByRole("link", { name: /Se overblikket/ }).click();
  await expect(page.getByRole("heading", { name: "Overblik", level: 1 })).toBeVisible();
  const trend = page.getByRole("figure", { name: "Forslag, starter og afslag pr. måned" });
  await trend.getByText("Se tallene som tabel").click();
  await expect(trend.getByRole("columnheader", { name: "Forløb startet" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await a11y();
  await page.getByLabel("Periode", { exact: true }).selectOption({ label: "I år" });
  await page.getByLabel("Vis tal for", { exact: true }).selectOption({ label: "Mine kandidater" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/period=thisYear/);
  await expect(page.getByRole("status")).toContainText("for de kandidater, du er ansvarlig for");
});

test.describe("without JavaScript", { tag: "@nojs-only" }, () => {

  /** Ole's accepted proposal, kept for the no-JS project. */
  test("HR's start form refuses a length over the citizen's limit and starts the placement without JavaScript @nojs", async ({ page }) => {
    await loginAt(page, "hr@demo.test", "/company/proposals");
    await page.getByRole("link", { name: "Ole", exact: true }).click();
    await page.getByRole("link", { name: "Start forløbet" }).click();
    await page.getByLabel("Varighed i uger", { exact: true }).fill("14");
    await page.getByLabel("Mål 2", { exact: true }).fill("Pakker ordrer selvstændigt");
    await page.getByRole("button", { name: "Start forløbet" }).click();
    await expect(page.locator("#lengthWeeks-error")).toContainText("Forløbet kan højst vare 13 uger for denne borger");
    await page.getByLabel("Varighed i uger", { exact: true }).fill("13");
    await page.getByRole("button", { name: "Start forløbet" }).click();
    await expect(page.getByText("Forløbet er startet. Mentoren og jobcentret har fået besked.")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Pakker ordrer selvstændigt" })).toBeVisible();
  });

  test("the dashboard's period and scope form works without JavaScript @nojs", async ({ page }) => {
    await loginAt(page, "konsulent@demo.test", "/jobcentre/dashboard");
    await page.getByLabel("Periode", { exact: true }).selectOption({ label: "I år" });
    await page.getByLabel("Vis tal for", { exact: true }).selectOption({ label: "Mine kandidater" });
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await expect(page).toHaveURL(/period=thisYear/);
    await expect(page.getByRole("status")).toContainText("for de kandidater, du er ansvarlig for");
  });
});
