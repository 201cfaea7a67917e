import { test, expect } from "../fixtures";

test("after 5 failed logins for one e-mail the next answers 429 with a Danish message @nojs", async ({ page, a11y }) => {
  // Its own client address, so the per-address limit of other tests is not touched.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  const email = `throttle-${Date.now()}@e2e.test`;
  const attempt = async () => {
    await page.getByLabel("E-mail", { exact: true }).fill(email);
    await page.getByLabel("Adgangskode", { exact: true }).fill("forkert-kodeord");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
      page.locator("main").getByRole("button", { name: "Log ind" }).click(),
    ]);
    return response.status();
  };
  // One page load: the refused login answers with the form again, and it is sent from there (decision 046).
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    expect(await attempt()).not.toBe(429);
    await expect(page.getByText("E-mail eller adgangskode er forkert.")).toBeVisible();
  }
  expect(await attempt()).toBe(429);
  await expect(page.getByText(/Der er forsøgt at logge ind for mange gange\. Vent \d+ minutter?, og prøv igen\./)).toBeVisible();
  await a11y();
});
