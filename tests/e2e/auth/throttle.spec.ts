import { test, expect } from "../fixtures";

test("after 5 failed logins for one e-mail the next answers 429 with a Danish message @nojs", async ({ page, browser, javaScriptEnabled, a11y }) => {
  // Its own client address, so the per-address limit of other tests is not touched.
  const context = await browser.newContext({
    javaScriptEnabled,
    extraHTTPHeaders: { "X-Forwarded-For": `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
  });
  const p = await context.newPage();
  const email = `throttle-${Date.now()}@e2e.test`;
  for (let i = 0; i < 5; i++) {
    await p.goto("/login");
    await p.getByLabel("E-mail", { exact: true }).fill(email);
    await p.getByLabel("Adgangskode", { exact: true }).fill("forkert-kodeord");
    await p.locator("main").getByRole("button", { name: "Log ind" }).click();
    await expect(p.getByText("E-mail eller adgangskode er forkert.")).toBeVisible();
  }
  await p.goto("/login");
  await p.getByLabel("E-mail", { exact: true }).fill(email);
  await p.getByLabel("Adgangskode", { exact: true }).fill("forkert-kodeord");
  const [response] = await Promise.all([
    p.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
    p.locator("main").getByRole("button", { name: "Log ind" }).click(),
  ]);
  expect(response.status()).toBe(429);
  await expect(p.getByText(/Der er forsøgt at logge ind for mange gange\. Vent \d+ minutter?, og prøv igen\./)).toBeVisible();
  await a11y(p);
  await context.close();
  void page;
});
