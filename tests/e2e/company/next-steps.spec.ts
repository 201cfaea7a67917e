import type { Page } from "@playwright/test";
import { test, expect, loginAt, uniqueEmail } from "../fixtures";

function inDays(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The new-slot form with a date in the past, falling hours and no days: every problem in one round, in the order of the fields. */
async function submitEmptySlot(page: Page) {
  await page.getByLabel("Startdato", { exact: true }).fill("2020-01-06");
  await page.getByLabel("Timer om ugen ved start", { exact: true }).fill("20");
  await page.getByLabel("Mål for timer om ugen", { exact: true }).fill("10");
  for (const day of ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"]) await page.getByLabel(day, { exact: true }).uncheck();
  await page.getByRole("button", { name: "Gem som kladde" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Der er problemer med det, du har indtastet" });
  await expect(summary.getByRole("link")).toHaveText([
    /^Titel:/,
    /^Hvad skal praktikpladsen føre til\?:/,
    /^Formål:/,
    /^Opgaver i praktikpladsen:/,
    /^Startdato: Startdatoen må ikke ligge før i dag/,
    /^Mål for timer om ugen: .*/,
    /^Arbejdsdage:/,
    /^Mentor:/,
  ]);
}

/** The form put right, saved as a draft. */
async function fillSlot(page: Page, title: string) {
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Afklaring af et jobmål", { exact: true }).check();
  await page.getByLabel("Formål", { exact: true }).fill("Aflaste køkkenet med opvask om formiddagen.");
  await page.locator('input[name="taskIds"]').first().check();
  await page.getByLabel("Startdato", { exact: true }).fill(inDays(30));
  await page.getByLabel("Timer om ugen ved start", { exact: true }).fill("10");
  await page.getByLabel("Mål for timer om ugen", { exact: true }).fill("12");
  for (const day of ["Mandag", "Tirsdag", "Onsdag"]) await page.getByLabel(day, { exact: true }).check();
  await page.getByLabel("Mentor", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Gem som kladde" }).click();
  await expect(page.getByText("Praktikpladsen er gemt som kladde.")).toBeVisible();
}

/**
 * A new HR user's way through a slot: only steps that can be taken are offered, the form says
 * everything at once, an edit warns before it undoes the representative's confirmation, and
 * withdrawing asks first. Hotel Klitgården (Odense) is used by no other journey; the short test
 * without JavaScript below uses Grøn Have og Park.
 */
test("HR is offered only the next possible step, sees all form errors at once, is warned before a change needs a new confirmation", async ({
  page,
  a11y,
}) => {
  const who = "hr-odense@demo.test";
  const title = `Næste skridt ${Date.now().toString(36)}`;
  await loginAt(page, who, "/company");

  // The start page offers a slot, because there are active tasks, and confirms a saved profile.
  await expect(page.getByRole("link", { name: "Opret praktikplads" })).toBeVisible();
  await page.goto("/company/profile");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByText("Dine ændringer er gemt.")).toBeVisible();

  // Every problem in one round, in the order of the fields.
  await page.goto("/company/slots/new");
  await submitEmptySlot(page);
  await a11y();
  // Typing after the summary keeps the focus in the field: the live meter re-renders the form on
  // every change, and the summary took the focus back each time (a click then missed its box).
  const startHours = page.getByLabel("Timer om ugen ved start", { exact: true });
  const meterAnswered = page.waitForResponse((r) => r.url().includes("/company/meter"));
  await startHours.fill("9");
  await meterAnswered;
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(startHours).toBeFocused();
  await fillSlot(page, title);

  // A fresh draft: the representative is the next step, sending to the jobcentre is not offered.
  await expect(page.getByRole("button", { name: "Send til jobcentret" })).toHaveCount(0);
  await expect(page.locator("#blockers")).toContainText("medarbejderrepræsentanten har bekræftet den");
  await expect(page.locator(".button-primary")).toHaveText(["Send til medarbejderrepræsentanten"]);
  await expect(page.getByText("Der er problemer med det, du har indtastet")).toHaveCount(0);
  await a11y();
  await page.getByLabel("Medarbejderrepræsentantens navn", { exact: true }).fill("Rasmus Rep");
  await page.getByLabel("Medarbejderrepræsentantens e-mail", { exact: true }).fill(uniqueEmail("rep"));
  await page.getByRole("button", { name: "Send til medarbejderrepræsentanten" }).click();
  await expect(page.getByText("Venter på svar fra Rasmus Rep.")).toBeVisible();

  // Editing warns before saving that the representative must confirm again, and says so after.
  await page.getByRole("link", { name: "Redigér" }).click();
  await expect(page.locator("#save-notice")).toContainText("skal medarbejderrepræsentanten bekræfte igen");
  await a11y();
  await page.getByLabel("Mål for timer om ugen", { exact: true }).fill("11");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByText("Du har ændret vilkårene, så medarbejderrepræsentanten skal bekræfte igen.")).toBeVisible();
  await expect(page.getByText("Medarbejderrepræsentanten er ikke spurgt endnu.")).toBeVisible();

  // Withdrawing asks first; "no" leaves the slot as it was.
  await page.getByRole("link", { name: "Træk tilbage" }).click();
  await expect(page.getByText("Vil du trække praktikpladsen tilbage?")).toBeVisible();
  await a11y();
  await page.getByRole("link", { name: "Nej, gå tilbage" }).click();
  await expect(page.getByText("Vil du trække praktikpladsen tilbage?")).toHaveCount(0);
  await page.getByRole("link", { name: "Træk tilbage" }).click();
  await page.getByRole("button", { name: "Ja, træk den tilbage" }).click();
  await expect(page.getByText("Praktikpladsen er trukket tilbage.")).toBeVisible();

  const withdrawnUrl = page.url().replace(/\?.*$/, "");

  // The list leaves withdrawn and closed slots out until asked for.
  await page.goto("/company/slots");
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Trukket tilbage" });
  await page.getByRole("button", { name: "Vis resultater" }).click();
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  await a11y();

  // A withdrawn slot can be copied into a new draft, and a draft deleted after a question.
  await page.goto(withdrawnUrl);
  await page.getByRole("button", { name: "Kopiér" }).click();
  await expect(page.getByText("Kopien er gemt som kladde.")).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(`Kopi af ${title}`);
  await page.getByRole("link", { name: "Annullér" }).click();
  await page.getByRole("link", { name: "Slet kladde" }).click();
  await page.getByRole("button", { name: "Ja, slet kladden" }).click();
  await expect(page.getByText("Kladden er slettet.")).toBeVisible();
  await expect(page.getByRole("link", { name: `Kopi af ${title}` })).toHaveCount(0);
});

test.describe("without JavaScript", { tag: "@nojs-only" }, () => {

  /** Grøn Have og Park (hr-gron): the journey's forms, straight to each. */
  test("the profile, slot, representative, edit, withdraw, list filter, copy and delete forms work without JavaScript @nojs", async ({ page }) => {
    const title = `Næste skridt ${Date.now().toString(36)}`;
    await loginAt(page, "hr-gron@demo.test", "/company/profile");
    await page.getByRole("button", { name: "Gem", exact: true }).click();
    await expect(page.getByText("Dine ændringer er gemt.")).toBeVisible();

    await page.goto("/company/slots/new");
    await submitEmptySlot(page);
    await fillSlot(page, title);
    const slotUrl = page.url().replace(/\?.*$/, "");
    await page.getByLabel("Medarbejderrepræsentantens navn", { exact: true }).fill("Rasmus Rep");
    await page.getByLabel("Medarbejderrepræsentantens e-mail", { exact: true }).fill(uniqueEmail("rep"));
    await page.getByRole("button", { name: "Send til medarbejderrepræsentanten" }).click();
    await expect(page.getByText("Venter på svar fra Rasmus Rep.")).toBeVisible();

    await page.goto(`${slotUrl}/edit`);
    await expect(page.locator("#save-notice")).toContainText("skal medarbejderrepræsentanten bekræfte igen");
    await page.getByLabel("Mål for timer om ugen", { exact: true }).fill("11");
    await page.getByRole("button", { name: "Gem", exact: true }).click();
    await expect(page.getByText("Du har ændret vilkårene, så medarbejderrepræsentanten skal bekræfte igen.")).toBeVisible();

    await page.getByRole("link", { name: "Træk tilbage" }).click();
    await page.getByRole("button", { name: "Ja, træk den tilbage" }).click();
    await expect(page.getByText("Praktikpladsen er trukket tilbage.")).toBeVisible();

    await page.goto("/company/slots");
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Trukket tilbage" });
    await page.getByRole("button", { name: "Vis resultater" }).click();
    await page.getByRole("link", { name: title, exact: true }).click();
    await page.getByRole("button", { name: "Kopiér" }).click();
    await expect(page.getByText("Kopien er gemt som kladde.")).toBeVisible();
    await page.getByRole("link", { name: "Annullér" }).click();
    await page.getByRole("link", { name: "Slet kladde" }).click();
    await page.getByRole("button", { name: "Ja, slet kladden" }).click();
    await expect(page.getByText("Kladden er slettet.")).toBeVisible();
  });
});

/**
 * A pending company (Café Morgenstund, used by no other journey) prepares a slot while it
 * waits: neither the jobcentre nor the representative can be reached yet, so neither is
 * offered, and nothing says the user typed something wrong.
 */
test("a pending company's draft waits for verification, and nothing impossible is offered @nojs", async ({ page, a11y, javaScriptEnabled }) => {
  await loginAt(page, "cafe@demo.test", "/company/slots/new");
  await page.getByLabel("Titel", { exact: true }).fill(`Afventer ${javaScriptEnabled ? "js" : "nojs"} ${Date.now().toString(36)}`);
  await page.getByLabel("Afklaring af et jobmål", { exact: true }).check();
  await page.getByLabel("Formål", { exact: true }).fill("Aflaste køkkenet med opvask om formiddagen.");
  await page.locator('input[name="taskIds"]').first().check();
  await page.getByLabel("Startdato", { exact: true }).fill(inDays(30));
  await page.getByLabel("Timer om ugen ved start", { exact: true }).fill("10");
  await page.getByLabel("Mål for timer om ugen", { exact: true }).fill("10");
  await page.getByLabel("Mentor", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Gem som kladde" }).click();
  await expect(page.getByText("Praktikpladsen er gemt som kladde.")).toBeVisible();

  await expect(page.locator(".summary-list").first()).toContainText("Venter på, at jobcentret godkender virksomheden");
  await expect(page.locator("#blockers li")).toHaveText([/jobcentret har godkendt jeres virksomhed/, /medarbejderrepræsentanten har bekræftet den/]);
  await expect(page.getByRole("button", { name: "Send til jobcentret" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send til medarbejderrepræsentanten" })).toHaveCount(0);
  await expect(page.getByText("kan I sende praktikpladsen til medarbejderrepræsentanten her")).toBeVisible();
  await expect(page.locator(".button-primary")).toHaveCount(0);
  await expect(page.getByText("Der er problemer med det, du har indtastet")).toHaveCount(0);
  await a11y();
});
