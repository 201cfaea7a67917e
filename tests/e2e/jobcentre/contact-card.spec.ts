import { test, expect, loginAt } from "../fixtures";
import { signInWithCookie } from "../session";

test("the jobcentre admin keeps the contact card: a foreign number is refused with what to write, a Danish one is saved @nojs", async ({ page, a11y }) => {
  await loginAt(page, "admin@demo.test", "/jobcentre/contact");
  await expect(page.getByRole("heading", { name: "Jobcentrets kontaktoplysninger" })).toBeVisible();
  await a11y();

  const phone = page.getByLabel("Telefon", { exact: true });
  await phone.fill("+46 70 123 45 67");
  await page.getByRole("button", { name: "Gem" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Der er problemer med det, du har indtastet" });
  await expect(summary.getByRole("link", { name: /Telefon: Indtast et dansk telefonnummer på 8 cifre/ })).toHaveAttribute("href", "#contactPhone");
  await a11y();

  // The same number the demo has, written the way people write it: the other specs rely on it.
  await phone.fill("+45 33 66 33 66");
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByText("Dine ændringer er gemt.")).toBeVisible();
  await expect(page.getByLabel("Telefon", { exact: true })).toHaveValue("33 66 33 66");

  // A consultant reads the card's page only as a 403.
  await signInWithCookie(page, "konsulent@demo.test");
  const response = await page.goto("/jobcentre/contact");
  expect(response?.status()).toBe(403);
});
