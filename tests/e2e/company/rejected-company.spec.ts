import { test, expect, switchUser, randomCvr, signUp, uniqueEmail, follow } from "../fixtures";

test("a rejected company sees the reason, corrects its name and asks again; the consultant is told and verifies it", async ({ page, a11y }) => {
  test.slow();
  const company = { cvr: randomCvr(), name: `E2E Forkert Navn ${Date.now()} ApS`, email: uniqueEmail("afvist"), password: "Et langt og godt kodeord" };
  await signUp(page, company);

  await switchUser(page, "konsulent@demo.test");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Virksomheder at godkende" }).click();
  await page.getByRole("link", { name: company.name }).click();
  await page.getByLabel("Begrundelse for afvisning", { exact: true }).fill("Navnet passer ikke med CVR-registret. Skriv det navn, der står i CVR.");
  await page.getByRole("button", { name: "Afvis virksomheden" }).click();
  await expect(page.getByText("Virksomheden er afvist.")).toBeVisible();

  // HR sees why, and the way on.
  await switchUser(page, company.email);
  await expect(page.getByText("Begrundelse: Navnet passer ikke med CVR-registret.")).toBeVisible();
  await follow(page.getByRole("link", { name: "Ret virksomhedens oplysninger, og bed om en ny vurdering" }));
  await a11y();
  const fixed = company.name.replace("Forkert Navn", "Rigtigt Navn");
  await page.getByLabel("Virksomhedens navn", { exact: true }).fill(fixed);
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByText("Dine ændringer er gemt.")).toBeVisible();
  await page.goto("/company/profile");
  await page.getByLabel("Hvad har I rettet? (frivilligt)").fill("Navnet er nu som i CVR.");
  await page.getByRole("button", { name: "Bed om en ny vurdering" }).click();
  await expect(page.getByText("Jobcentret har fået besked og ser på virksomheden igen.")).toBeVisible();
  await a11y();

  // The consultant is told, sees what changed and the earlier reason, and verifies.
  await switchUser(page, "konsulent@demo.test", "/notifications");
  await page.getByRole("button", { name: `Åbn: En afvist virksomhed beder om en ny vurdering: ${fixed}` }).click();
  await expect(page.getByRole("heading", { name: fixed })).toBeVisible();
  await expect(page.getByText("Virksomheden skriver: Navnet er nu som i CVR.")).toBeVisible();
  await expect(page.getByText("Tidligere afvist med begrundelsen")).toBeVisible();
  await a11y();
  await page.getByRole("button", { name: "Godkend virksomheden" }).click();
  await expect(page.getByText("Virksomheden er godkendt.")).toBeVisible();
});
