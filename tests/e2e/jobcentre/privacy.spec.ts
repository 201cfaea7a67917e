import { test, expect, loginAt } from "../fixtures";

/**
 * The administrator sees what will be anonymised, hands a candidate's data over for an access
 * request, and erases a candidate on request. The two projects erase different demo candidates.
 */
test("the administrator sees upcoming anonymisations, downloads a candidate's data and erases a candidate on request @nojs", async ({ page, a11y, javaScriptEnabled }) => {
  const alias = javaScriptEnabled ? "Emil" : "Birgitte";
  await loginAt(page, "admin@demo.test", "/jobcentre/privacy");
  await expect(page.getByRole("heading", { name: "Persondata og sletning", level: 1 })).toBeVisible();
  // Zainab's consent was withdrawn almost a year ago: she is anonymised within weeks.
  await expect(page.getByRole("row", { name: /Zainab/ })).toContainText("Samtykket er trukket tilbage");
  await a11y();

  await page.goto(`/jobcentre/candidates?q=${alias}`);
  await page.getByRole("link", { name: alias, exact: true }).click();
  await page.getByRole("link", { name: "Persondata: indsigt og sletning" }).click();
  await expect(page.getByRole("heading", { name: `Persondata for ${alias}` })).toBeVisible();
  await a11y();

  // Access request: one JSON file with the profile, audited.
  const response = await page.request.get(await page.getByRole("link", { name: "Hent alle oplysninger (JSON-fil)" }).getAttribute("href").then((h) => h!));
  expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="kandidat-\d+-persondata\.json"/);
  const data = await response.json();
  expect(data.candidate.alias).toBe(alias);

  // Erasure needs the tick first, then it cannot be undone.
  await page.getByRole("button", { name: "Anonymisér kandidaten nu" }).click();
  await expect(page.locator("#confirm-error")).toContainText("Sæt flueben");
  await page.getByLabel("Jeg har bekræftet, at borgeren har bedt om at blive slettet").check();
  await page.getByRole("button", { name: "Anonymisér kandidaten nu" }).click();
  await expect(page.getByText("Kandidaten er anonymiseret.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Persondata for #\d+/);
  await expect(page.getByRole("button", { name: "Anonymisér kandidaten nu" })).toHaveCount(0);
  await a11y();

  // The audit log shows the hand-over and the anonymisation.
  await page.goto("/jobcentre/audit");
  await expect(page.locator("td").filter({ hasText: "Kandidat anonymiseret" }).first()).toBeVisible();
  await expect(page.locator("td").filter({ hasText: "Kandidatens persondata udleveret (indsigt)" }).first()).toBeVisible();
});
