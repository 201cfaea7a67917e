import { test, expect, loginAt } from "../fixtures";

/**
 * Pages no journey passes through, each checked with axe once (read-only visits). The menu's
 * pages (the company profile, the staff page, …) are checked by language.spec.ts, HR's new-slot
 * form by slot-review.spec.ts (decision 042: one scan per page state).
 */
test("HR's remaining pages have no axe violations", async ({ page, a11y }) => {
  const paths = ["/account", "/company/workplaces/new", "/company/tasks/new", "/company/task-finder"];
  await loginAt(page, "hr@demo.test", paths[0]!);
  for (const [i, path] of paths.entries()) {
    if (i > 0) await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await a11y();
  }
  await page.goto("/company/workplaces");
  await page.locator("table tbody tr").first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Rimelighedskravet på arbejdsstedet" })).toBeVisible();
  await a11y();
  await page.goto("/company/slots");
  await page.locator("table tbody tr").first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Historik" })).toBeVisible();
  await a11y();
});

test("the jobcentre admin's pages have no axe violations", async ({ page, a11y }) => {
  const paths = ["/jobcentre/audit?event=auth.login", "/jobcentre/companies?status=verified", "/account"];
  await loginAt(page, "admin@demo.test", paths[0]!);
  for (const [i, path] of paths.entries()) {
    if (i > 0) await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await a11y();
  }
});
