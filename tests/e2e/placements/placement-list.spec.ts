import { test, expect, loginAt } from "../fixtures";

/*
 * Decision 084: the placement list's rows are drawn once per row's fields and language on the
 * server and sent as kept markup; the browser draws them itself. Hydration must find what React
 * would have drawn (no hydration error), and the same list drawn by the browser after a client
 * navigation must be the same markup as the server's (React's text separators aside).
 */
test("the placement list's kept rows hydrate and are what the browser draws itself", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const rows = () => page.evaluate(() => [...document.querySelectorAll("main table tbody tr")].map((e) => e.outerHTML.replace(/<!--[^]*?-->/g, "")));
  await loginAt(page, "konsulent@demo.test", "/jobcentre/placements");
  // The second view comes from what the first kept.
  await page.goto("/jobcentre/placements");
  await page.waitForLoadState("networkidle");
  const fromServer = await rows();
  expect(fromServer.length).toBeGreaterThanOrEqual(1);
  // A client navigation (the filter form's GET) and back: drawn by the browser.
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Afsluttet" });
  await page.getByRole("button", { name: "Vis resultater", exact: true }).click();
  await expect(page).toHaveURL(/status=completed/);
  await page.goBack();
  await expect(page).not.toHaveURL(/status=/);
  await expect.poll(rows).toEqual(fromServer);
  expect(errors).toEqual([]);
});

/*
 * Decision 085: the follow-up lists keep their rows the same way (HR's and the jobcentre's). The
 * jobcentre's "all" view, kept on a repeat view, must hydrate and be what the browser draws after
 * a client navigation to "sent" and back.
 */
test("the follow-up list's kept rows hydrate and are what the browser draws itself", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const rows = () => page.evaluate(() => [...document.querySelectorAll("main table tbody tr")].map((e) => e.outerHTML.replace(/<!--[^]*?-->/g, "")));
  await loginAt(page, "konsulent@demo.test", "/jobcentre/follow-ups?view=all");
  await page.goto("/jobcentre/follow-ups?view=all");
  await page.waitForLoadState("networkidle");
  const fromServer = await rows();
  expect(fromServer.length).toBeGreaterThanOrEqual(1);
  await page.getByLabel("Vis", { exact: true }).selectOption({ label: "Sendte" });
  await page.getByRole("button", { name: "Vis resultater", exact: true }).click();
  await expect(page).toHaveURL(/view=submitted/);
  await page.goBack();
  await expect(page).toHaveURL(/view=all/);
  await expect.poll(rows).toEqual(fromServer);
  expect(errors).toEqual([]);
});
