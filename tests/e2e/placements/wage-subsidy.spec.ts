import { test, expect, loginAt, switchUser } from "../fixtures";

/**
 * Løntilskud: HR gives the total monthly wage cost when starting the placement (refused when
 * missing), sees it on the placement's page, changes it, and finds it in the agreement PDF;
 * then the follow-ups list and its CSV on both sides. Two accepted løntilskud proposals at
 * Amager Dagligvarer are kept for this area: the journey starts Yusuf's, the short test without
 * JavaScript below Aksel's.
 */
test("HR starts a løntilskud with its monthly wage cost, changes it and downloads the agreement; the follow-ups list downloads as CSV on both sides", async ({ page, a11y }) => {
  test.slow();
  const alias = "Yusuf";
  const slotTitle = "Løntilskud: kasse og butik";
  const nav = () => page.getByRole("navigation", { name: "Hovedmenu" });

  await loginAt(page, "hr3@demo.test", "/company");
  await nav().getByRole("link", { name: "Forslag" }).click();
  await page.getByRole("link", { name: alias, exact: true }).click();
  await page.getByRole("link", { name: "Start forløbet" }).click();
  await expect(page.getByRole("heading", { name: `Start forløbet for ${alias} – ${slotTitle}`, level: 1 })).toBeVisible();
  const wage = page.getByLabel("Samlede lønomkostninger pr. måned (kr.)", { exact: true });
  await expect(wage).toHaveValue("");
  await a11y();

  // Left out: told at the field and in the summary; nothing is started.
  await page.getByRole("button", { name: "Start forløbet" }).click();
  await expect(page.locator("#monthlyWageCost-error")).toContainText("Skriv de samlede lønomkostninger pr. måned");
  await expect(page.getByRole("alert")).toContainText("Samlede lønomkostninger pr. måned (kr.)");
  await a11y();
  await page.getByLabel("Samlede lønomkostninger pr. måned (kr.)", { exact: true }).fill("24.500,50");
  await page.getByRole("button", { name: "Start forløbet" }).click();
  await expect(page.getByText("Forløbet er startet. Mentoren og jobcentret har fået besked.")).toBeVisible();
  const section = page.getByRole("region", { name: "Samlede lønomkostninger pr. måned" });
  await expect(section).toContainText("24.500,50 kr.");
  await a11y();
  const placementId = page.url().replace(/[?#].*$/, "").split("/").pop()!;

  // A pay rise: changed on the page (a plain form; the disclosure opens without JavaScript too).
  await section.getByText("Ret lønomkostningerne").click();
  await section.getByLabel("Samlede lønomkostninger pr. måned (kr.)", { exact: true }).fill("26.000");
  await section.getByRole("button", { name: "Gem beløbet" }).click();
  await expect(page.getByText("Lønomkostningerne er rettet.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Samlede lønomkostninger pr. måned" })).toContainText("26.000 kr.");
  await a11y();

  // The agreement summary: a PDF (its text is read back in tests/integration/wage-cost.test.ts).
  const pdf = await page.request.get(`/company/placements/${placementId}/agreement.pdf`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The company's follow-ups: a list with a view filter, and a CSV without the citizen.
  await page.goto("/company/placements");
  await page.getByRole("link", { name: "Se alle opfølgninger" }).click();
  await expect(page.getByRole("heading", { name: "Opfølgninger", level: 1 })).toBeVisible();
  await page.getByLabel("Vis", { exact: true }).selectOption({ label: "Alle" });
  await page.getByRole("button", { name: "Vis resultater", exact: true }).click();
  await expect(page).toHaveURL(/view=all/);
  await a11y();
  const companyCsv = page.getByRole("link", { name: /Hent som regneark/ });
  expect(await companyCsv.getAttribute("href")).toBe("/company/follow-ups.csv?view=all");
  const file = await page.request.get("/company/follow-ups.csv?view=all");
  expect(file.status()).toBe(200);
  const text = (await file.body()).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.split("\r\n")[0]).toBe("\uFEFFTitel;Mentor;Uge;Dato;Status;Sendt den");
  expect(text).not.toContain(alias);

  // The consultant: the placement's wage on its page, the follow-ups of the whole jobcentre.
  await switchUser(page, "konsulent@demo.test", `/jobcentre/placements/${placementId}`);
  await expect(page.getByRole("region", { name: "Samlede lønomkostninger pr. måned" })).toContainText("26.000 kr.");
  await a11y();
  await nav().getByRole("link", { name: "Forløb" }).click();
  await page.getByRole("link", { name: "Se alle opfølgninger" }).click();
  await expect(page.getByRole("heading", { name: "Opfølgninger", level: 1 })).toBeVisible();
  await a11y();
  const jc = await page.request.get("/jobcentre/follow-ups.csv?view=all");
  expect(jc.status()).toBe(200);
  expect((await jc.body()).toString("utf8").split("\r\n")[0]).toContain("Borger;Virksomhed;Titel;Mentor;Uge;Dato;Status");
});

test.describe("without JavaScript", { tag: "@nojs-only" }, () => {

  /** Aksel's accepted løntilskud proposal, kept for the no-JS project. */
  test("the wage cost is required to start a løntilskud, can be changed, and the follow-ups filter works without JavaScript @nojs", async ({ page }) => {
    await loginAt(page, "hr3@demo.test", "/company/proposals");
    await page.getByRole("link", { name: "Aksel", exact: true }).click();
    await page.getByRole("link", { name: "Start forløbet" }).click();
    await page.getByRole("button", { name: "Start forløbet" }).click();
    await expect(page.locator("#monthlyWageCost-error")).toContainText("Skriv de samlede lønomkostninger pr. måned");
    await page.getByLabel("Samlede lønomkostninger pr. måned (kr.)", { exact: true }).fill("24.500,50");
    await page.getByRole("button", { name: "Start forløbet" }).click();
    await expect(page.getByText("Forløbet er startet. Mentoren og jobcentret har fået besked.")).toBeVisible();
    const section = page.getByRole("region", { name: "Samlede lønomkostninger pr. måned" });
    await section.getByText("Ret lønomkostningerne").click();
    await section.getByLabel("Samlede lønomkostninger pr. måned (kr.)", { exact: true }).fill("26.000");
    await section.getByRole("button", { name: "Gem beløbet" }).click();
    await expect(page.getByText("Lønomkostningerne er rettet.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Samlede lønomkostninger pr. måned" })).toContainText("26.000 kr.");

    await page.goto("/company/follow-ups");
    await page.getByLabel("Vis", { exact: true }).selectOption({ label: "Alle" });
    await page.getByRole("button", { name: "Vis resultater", exact: true }).click();
    await expect(page).toHaveURL(/view=all/);
  });
});
