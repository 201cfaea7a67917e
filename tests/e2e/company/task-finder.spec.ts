import type { Page } from "@playwright/test";
import { test, expect, loginAt, signUp, randomCvr, uniqueEmail, follow } from "../fixtures";

/**
 * The finder's four questions (industry, area, kinds of work, how the work is done) with the same
 * answers each time, back and forward keeping them, to the suggestions; `scan` runs axe at each
 * step in the JavaScript journey.
 */
async function finderToSuggestions(page: Page, scan: () => Promise<void> = async () => {}) {
  // One question per step.
  await expect(page.getByText("Trin 1 af 5")).toBeVisible();
  await scan();
  await page.getByLabel("Bageri og fødevarer", { exact: true }).check();
  await page.getByRole("button", { name: "Næste" }).click();

  await expect(page.getByText("Trin 2 af 5")).toBeVisible();
  await page.getByLabel("Produktion", { exact: true }).check();
  await scan();
  await page.getByRole("button", { name: "Næste" }).click();

  await expect(page.getByText("Trin 3 af 5")).toBeVisible();
  await page.getByLabel("Opvask", { exact: true }).check();
  await page.getByLabel("Pakning", { exact: true }).check();
  await page.getByLabel("Rengøring", { exact: true }).check();
  await scan();
  // Back and forward keep the answers.
  await page.getByRole("button", { name: "Tilbage" }).click();
  await expect(page.getByText("Trin 2 af 5")).toBeVisible();
  await expect(page.getByLabel("Produktion", { exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Næste" }).click();
  await expect(page.getByLabel("Opvask", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Pakning", { exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Næste" }).click();

  await expect(page.getByText("Trin 4 af 5")).toBeVisible();
  await page.getByLabel("Faste rutiner", { exact: true }).check();
  await page.getByRole("button", { name: "Vis forslag" }).click();

  await expect(page.getByRole("heading", { name: "Forslag til aflastende opgaver" })).toBeVisible();
  await scan();
}

test("HR uses the finder, picks three tasks, edits one and activates it", async ({ page, a11y }) => {
  // A long journey (finder, select all, edit, activate, create-and-activate) with axe at each page.
  test.slow();
  await signUp(page, { cvr: randomCvr(), name: `Finder Bageri ${Date.now()} ApS`, email: uniqueEmail("finder"), password: "Et langt og godt kodeord" });

  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Opgaver" }).click();
  await expect(page.getByRole("heading", { name: "Aflastende opgaver" })).toBeVisible();
  await a11y();
  await page.getByRole("link", { name: "Brug opgavefinderen" }).first().click();

  await finderToSuggestions(page, a11y);
  // The company's own industry first, then other industries, each group saying which it is.
  const own = page.getByRole("group", { name: "Fra jeres branche: Bageri og fødevarer" });
  const other = page.getByRole("group", { name: "Fra andre brancher" });
  const trays = own.locator(".finder-suggestion", { hasText: "Opvask af bageplader og forme" });
  await expect(trays.locator("label strong")).toHaveText("Opvask af bageplader og forme");
  await expect(trays.locator("label")).toContainText("Frigør ca. 6 timer om ugen · aflaster: Bager");
  await expect(trays.locator(".finder-reason")).toHaveText("Frigør uddannede bagere fra at vaske plader hver morgen");
  await expect(other.locator(".finder-reason").first()).toContainText(/^Fra [^,]+, ligner: opvask, rengøring\./);
  await expect(page.locator("#finder-total")).toHaveText("I har ikke valgt nogen opgaver endnu.");

  // "Select all" is a plain submit: it works without JavaScript and shows the total.
  const proposals = page.locator('input[name="keys"]');
  const offered = await proposals.count();
  await page.getByRole("button", { name: "Vælg alle forslag" }).click();
  await expect(proposals.and(page.locator(":checked"))).toHaveCount(offered);
  await expect(page.locator("#finder-total")).toContainText(`Valgt: ${offered} opgaver, der tilsammen frigør ca.`);

  // Keep three: the total follows live (after "Vis timer" without JavaScript: below).
  for (let i = 3; i < offered; i++) await proposals.nth(i).uncheck();
  await expect(page.locator("#finder-total")).toHaveText(/^Valgt: 3 opgaver, der tilsammen frigør ca\. [\d,]+ timer om ugen\.$/);
  await expect(proposals.and(page.locator(":checked"))).toHaveCount(3);
  await page.getByRole("button", { name: "Opret de valgte som kladder" }).click();

  await expect(page.getByText("3 opgaver er oprettet som kladder.")).toBeVisible();
  const rows = page.locator("table tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "Kladde" })).toHaveCount(3);
  await a11y();

  // Edit one: a wrong number of hours is refused at the field, then fixed and activated.
  await rows.first().getByRole("link").click();
  await expect(page.getByText("er ikke tilpasset endnu")).toBeVisible();
  await a11y();
  await follow(page.getByRole("link", { name: "Redigér opgaven" }));
  await a11y();
  await page.getByLabel("Opgavens titel", { exact: true }).fill("Opvask af plader efter morgenbagning");
  await page.getByLabel("Frigjorte timer om ugen", { exact: true }).fill("40");
  await page.getByRole("button", { name: "Gem og aktivér" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Der er problemer" })).toBeVisible();
  await expect(page.locator(".form-error-message").first()).toContainText("mellem 0,5 og 37");
  await expect(page.getByLabel("Opgavens titel", { exact: true })).toHaveValue("Opvask af plader efter morgenbagning");
  await a11y();
  await page.getByLabel("Frigjorte timer om ugen", { exact: true }).fill("7,5");
  await page.getByRole("button", { name: "Gem og aktivér" }).click();

  await expect(page.getByRole("heading", { name: "Opvask af plader efter morgenbagning" })).toBeVisible();
  await expect(page.locator("dd").filter({ hasText: /^Aktiv$/ })).toBeVisible();
  await expect(page.getByText("7,5 timer om ugen")).toBeVisible();
  await expect(page.getByText("Opgaven er oprettet med opgavefinderen og tilpasset af virksomheden.")).toBeVisible();
  await a11y();

  // The start page counts the hours the active task frees.
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Forside" }).click();
  await expect(page.locator(".key-figure")).toHaveText("7,5 timer om ugen");

  // Complete catalogue tasks can be created and activated in one go.
  await page.goto("/company/task-finder?industry=bakery_food&step=5");
  await page.locator('input[name="keys"]').first().check();
  await page.getByRole("button", { name: "Opret og aktivér de valgte" }).click();
  await expect(page.getByText("1 opgave er oprettet og aktiv.")).toBeVisible();
  // The one activated just now and the one adapted above.
  await expect(page.locator("table tbody tr").filter({ hasText: "Aktiv" })).toHaveCount(2);
});

test.describe("without JavaScript", { tag: "@nojs-only" }, () => {

  /** A new company of its own (the finder fills its task list); no reading pages, straight to the finder. */
  test("the finder's steps, select all, the hours, creating drafts, editing and activating work without JavaScript @nojs", async ({ page }) => {
    test.slow();
    await signUp(page, { cvr: randomCvr(), name: `Finder Bageri ${Date.now()} ApS`, email: uniqueEmail("finder"), password: "Et langt og godt kodeord" });

    await page.goto("/company/task-finder");

    await finderToSuggestions(page);
    await expect(page.locator("#finder-total")).toHaveText("I har ikke valgt nogen opgaver endnu.");

    // "Select all" is a plain submit: it works without JavaScript and shows the total.
    const proposals = page.locator('input[name="keys"]');
    const offered = await proposals.count();
    await page.getByRole("button", { name: "Vælg alle forslag" }).click();
    await expect(proposals.and(page.locator(":checked"))).toHaveCount(offered);
    await expect(page.locator("#finder-total")).toContainText(`Valgt: ${offered} opgaver, der tilsammen frigør ca.`);

    // Keep three: without JavaScript the total follows after "Vis timer for de valgte".
    for (let i = 3; i < offered; i++) await proposals.nth(i).uncheck();
    await page.getByRole("button", { name: "Vis timer for de valgte" }).click();
    await expect(page.locator("#finder-total")).toHaveText(/^Valgt: 3 opgaver, der tilsammen frigør ca\. [\d,]+ timer om ugen\.$/);
    await expect(proposals.and(page.locator(":checked"))).toHaveCount(3);
    await page.getByRole("button", { name: "Opret de valgte som kladder" }).click();

    await expect(page.getByText("3 opgaver er oprettet som kladder.")).toBeVisible();
    const rows = page.locator("table tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: "Kladde" })).toHaveCount(3);

    // Edit one: a wrong number of hours is refused at the field, then fixed and activated.
    await rows.first().getByRole("link").click();
    await expect(page.getByText("er ikke tilpasset endnu")).toBeVisible();
    await page.getByRole("link", { name: "Redigér opgaven" }).click();
    await page.getByLabel("Opgavens titel", { exact: true }).fill("Opvask af plader efter morgenbagning");
    await page.getByLabel("Frigjorte timer om ugen", { exact: true }).fill("40");
    await page.getByRole("button", { name: "Gem og aktivér" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Der er problemer" })).toBeVisible();
    await expect(page.locator(".form-error-message").first()).toContainText("mellem 0,5 og 37");
    await expect(page.getByLabel("Opgavens titel", { exact: true })).toHaveValue("Opvask af plader efter morgenbagning");
    await page.getByLabel("Frigjorte timer om ugen", { exact: true }).fill("7,5");
    await page.getByRole("button", { name: "Gem og aktivér" }).click();

    await expect(page.getByRole("heading", { name: "Opvask af plader efter morgenbagning" })).toBeVisible();
    await expect(page.locator("dd").filter({ hasText: /^Aktiv$/ })).toBeVisible();
    await expect(page.getByText("7,5 timer om ugen")).toBeVisible();
    await expect(page.getByText("Opgaven er oprettet med opgavefinderen og tilpasset af virksomheden.")).toBeVisible();

    // Complete catalogue tasks can be created and activated in one go.
    await page.goto("/company/task-finder?industry=bakery_food&step=5");
    await page.locator('input[name="keys"]').first().check();
    await page.getByRole("button", { name: "Opret og aktivér de valgte" }).click();
    await expect(page.getByText("1 opgave er oprettet og aktiv.")).toBeVisible();
    // The one activated just now and the one adapted above.
    await expect(page.locator("table tbody tr").filter({ hasText: "Aktiv" })).toHaveCount(2);
  });

});

test("a consultant reads a company's tasks with filters, read-only", async ({ page, a11y }) => {
  await loginAt(page, "konsulent@demo.test", "/jobcentre");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Virksomheder", exact: true }).click();
  await expect(page).toHaveURL(/\/jobcentre\/companies$/);
  await page.getByRole("link", { name: "Bageriet Hansen ApS", exact: true }).click();
  await page.getByRole("link", { name: "Se virksomhedens opgaver" }).click();
  await expect(page.getByRole("heading", { name: "Opgaver hos Bageriet Hansen ApS" })).toBeVisible();
  await a11y();
  await expect(page.locator("table tbody tr").filter({ hasText: "Kladde" })).toHaveCount(0);
  await page.getByLabel("Fysisk belastning", { exact: true }).selectOption({ label: "Kun lav" });
  await page.getByRole("button", { name: "Vis resultater" }).click();
  await expect(page).toHaveURL(/max_physical=1/);
  await a11y();
  await page.locator("table tbody tr").first().getByRole("link").click();
  await expect(page.getByRole("link", { name: "Redigér opgaven" })).toHaveCount(0);
  await a11y();
});
