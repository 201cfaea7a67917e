import { test, expect, signUp, linkFromOutbox, login, logout, randomCvr, uniqueEmail, follow } from "../fixtures";

test("password reset by a single-use e-mail link @nojs", async ({ page, a11y }) => {
  const user = { cvr: randomCvr(), name: `Nulstil ${Date.now()} ApS`, email: uniqueEmail("reset"), password: "Det gamle lange kodeord" };
  await signUp(page, user);
  await logout(page);

  await follow(page.getByRole("link", { name: "Glemt adgangskode?" }));
  await a11y();
  await page.getByLabel("E-mail", { exact: true }).fill(user.email);
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByText("Tjek din e-mail")).toBeVisible();
  await a11y();

  const link = await linkFromOutbox(page, user.email, "/reset-password/");
  await page.goto(link);
  await a11y();
  await page.getByLabel("Ny adgangskode", { exact: true }).fill("Det nye endnu længere kodeord");
  await page.getByRole("button", { name: "Gem ny adgangskode" }).click();
  await expect(page).toHaveURL(/\/company/);
  await logout(page);

  await login(page, user.email, "Det nye endnu længere kodeord");
  await expect(page).toHaveURL(/\/company/);
  await logout(page);

  await page.goto(link);
  await expect(page.getByText("Linket er udløbet eller allerede brugt")).toBeVisible();
});
