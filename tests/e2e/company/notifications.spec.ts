import { test, expect, signUp, switchUser, randomCvr, uniqueEmail } from "../fixtures";

test("notifications: the consultant opens the new company from a notification; HR marks the verdict read and chooses portal only @nojs", async ({ page, a11y }) => {
  const company = { cvr: randomCvr(), name: `E2E Besked ${Date.now()} ApS`, email: uniqueEmail("hr"), password: "Et langt og godt kodeord" };
  await signUp(page, company);

  // The consultant is told in the portal and goes from the notification to the company.
  await switchUser(page, "konsulent@demo.test");
  await page.getByRole("link", { name: /^Beskeder/ }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await a11y();
  await page.getByRole("button", { name: `Åbn: En ny virksomhed venter på godkendelse: ${company.name}` }).click();
  await expect(page).toHaveURL(/\/jobcentre\/companies\/\d+$/);
  await page.getByRole("button", { name: "Godkend virksomheden" }).click();
  await expect(page.getByText("Virksomheden er godkendt.")).toBeVisible();

  // HR sees one unread message in the header, marks it read, and the count is gone.
  await switchUser(page, company.email);
  const headerLink = page.getByRole("link", { name: "Beskeder: 1 ulæst besked" });
  await expect(headerLink).toBeVisible();
  await headerLink.click();
  await expect(page.getByText("Du har 1 ulæst besked.")).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: `Markér som læst: Jeres virksomhed er godkendt i Fodfæste: ${company.name}` }).click();
  await expect(page.getByText("Du har ingen ulæste beskeder.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Beskeder", exact: true })).toBeVisible();

  // Portal only for the jobcentre's verdicts from now on.
  await page.getByLabel("jobcentret har godkendt eller afvist virksomheden").uncheck();
  await page.getByRole("button", { name: "Gem valg" }).click();
  await expect(page.getByText("Dine valg er gemt.")).toBeVisible();
  await expect(page.getByLabel("jobcentret har godkendt eller afvist virksomheden")).not.toBeChecked();
  await a11y();
});
