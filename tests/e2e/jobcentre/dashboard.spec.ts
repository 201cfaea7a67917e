import type { Page } from "@playwright/test";
import { test, expect, loginAt, switchUser } from "../fixtures";

/** The dashboard's "my team" scope, chosen by its plain GET form. */
async function chooseTeamScope(page: Page) {
  await page.getByLabel("Vis tal for", { exact: true }).selectOption({ label: "Mit teams kandidater" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/scope=team/);
}

/** The administrator puts a person on a team on the staff page (a form per row). */
async function putOnTeam(page: Page, name: string, team: string) {
  await page.getByLabel(`Team for ${name}`, { exact: true }).fill(team);
  await page.getByRole("button", { name: new RegExp(`^Gem team\\s*:\\s*${name}$`) }).click();
  await expect(page.getByText("Dine ændringer er gemt.")).toBeVisible();
  await expect(page.getByLabel(`Team for ${name}`, { exact: true })).toHaveValue(team);
}

/**
 * The dashboards' links (issue 13): each figure leads to the list behind it, and "my team" works
 * once the administrator has put staff on a team. With JavaScript Karin (the consultant) is put
 * on Team Nord; the short test without JavaScript puts Anders (the administrator) on Team Syd.
 */
test("the administrator puts staff on a team; 'my team' on the dashboard explains a missing team and then counts the team", async ({ page, a11y }) => {
  // Before: Karin is on no team, and the page says why instead of showing zeros.
  await loginAt(page, "konsulent@demo.test", "/jobcentre/dashboard");
  await chooseTeamScope(page);
  await expect(page.getByText("Du er ikke på et team endnu", { exact: true })).toBeVisible();
  await expect(page.getByText("Jobcentrets administrator sætter medarbejdere på teams under Medarbejdere.")).toBeVisible();
  await a11y();

  await switchUser(page, "admin@demo.test", "/jobcentre/staff");
  await expect(page.getByRole("heading", { name: "Medarbejdere i jobcentret", level: 1 })).toBeVisible();
  await putOnTeam(page, "Karin Kristensen", "Team Nord");
  await a11y();
  // The change is in the audit log.
  await page.goto("/jobcentre/audit");
  await expect(page.getByRole("cell", { name: "Team ændret" }).first()).toBeVisible();

  await switchUser(page, "konsulent@demo.test", "/jobcentre/dashboard");
  await chooseTeamScope(page);
  await expect(page.getByRole("status").filter({ hasText: "konsulenterne på dit team" })).toContainText("Team Nord");
  await expect(page.getByRole("heading", { name: "Åbne praktikpladser uden forslag" })).toBeVisible();
  await a11y();
});

test.describe("without JavaScript", { tag: "@nojs-only" }, () => {

  test("the staff page's team form and the dashboard's scope form work without JavaScript @nojs", async ({ page }) => {
    await loginAt(page, "admin@demo.test", "/jobcentre/staff");
    await putOnTeam(page, "Anders Andersen", "Team Syd");
    await page.goto("/jobcentre/dashboard");
    await chooseTeamScope(page);
    await expect(page.getByRole("status").filter({ hasText: "konsulenterne på dit team" })).toContainText("Team Syd");
  });
});

// Links only, no forms: not repeated without JavaScript (decision 036).
test("the jobcentre's open slots without a proposal lead to the board filtered and sorted by days open", async ({ page, a11y }) => {
  await loginAt(page, "konsulent@demo.test", "/jobcentre");
  // Tests beside this one propose to open slots, so the figure is read again if it changed in between.
  await expect(async () => {
    await page.goto("/jobcentre/dashboard");
    const card = page.getByRole("region", { name: "Åbne praktikpladser uden forslag" });
    const total = Number((await card.locator(".key-figure").innerText()).replace(/\D/g, ""));
    await card.getByRole("link", { name: /^Se listen/ }).click();
    await expect(page).toHaveURL(/\/jobcentre\/board\?withoutProposal=1&sort=oldest/);
    await expect(page.getByRole("status").filter({ hasText: /åbne? praktikplads/ }).first()).toContainText(String(total), { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("columnheader", { name: /Åben i/ })).toHaveAttribute("aria-sort", "ascending");
  await a11y();
  // The start page's count is the same query and links to the same list.
  await page.goto("/jobcentre");
  await expect(page.getByRole("link", { name: /har endnu ikke fået et forslag/ })).toHaveAttribute("href", /withoutProposal=1/);
});

test("HR's start page: each figure is a link to the list behind it; the 13-week figure filters the placements", async ({ page, a11y }) => {
  await loginAt(page, "hr@demo.test", "/company");
  await expect(page.getByRole("heading", { name: "Resultater indtil nu", level: 2 })).toBeVisible();
  await a11y();
  // Two of the links by their address (their lists' filters have tests of their own), saving a page load each.
  await expect(page.getByRole("link", { name: "Se forløbene" })).toHaveAttribute("href", /status=active/);
  await expect(page.getByRole("link", { name: /aktive opgave/ })).toHaveAttribute("href", /^\/company\/tasks\?status=active/);
  await page.getByRole("link", { name: "Se forslagene" }).click();
  await expect(page).toHaveURL(/\/company\/proposals\?waiting=1/);
  await expect(page.getByText("Her er de forslag, der venter på jeres svar – den ældste først.")).toBeVisible();
  await a11y();
  // Dennis is in week 14: he has reached 13 weeks in a row.
  await page.goto("/company");
  await page.getByRole("link", { name: /nået 13 uger i træk hos jer/ }).click();
  await expect(page).toHaveURL(/\/company\/placements\?reached13Weeks=1/);
  await expect(page.getByRole("link", { name: "Dennis", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Susanne", exact: true })).toHaveCount(0);
  await a11y();
});

/**
 * Decision 078: a repeat view sends the lists, figures and charts as markup kept on the server;
 * the browser draws them itself. Hydration must find what React would have drawn (no hydration
 * error), and the same page drawn by the browser after a client navigation must be the same
 * markup as the server's (React's text separators aside).
 */
test("the dashboard's kept markup hydrates and is what the browser draws itself", async ({ page, a11y }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const parts = () =>
    page.evaluate(() => [...document.querySelectorAll("main .dashboard-grid, main figure.chart")].map((e) => e.outerHTML.replace(/<!--[^]*?-->/g, "").replace(/:[rR][0-9a-z]*:/g, ":id:")));
  await loginAt(page, "konsulent@demo.test", "/jobcentre/dashboard?period=thisYear&scope=jobcentre");
  // The second view comes from what the first kept.
  await page.goto("/jobcentre/dashboard?period=thisYear&scope=jobcentre");
  await page.waitForLoadState("networkidle");
  const fromServer = await parts();
  expect(fromServer.length).toBeGreaterThanOrEqual(4);
  const showing = page.locator("main p[role=status]");
  const period = await showing.innerText();
  // A client navigation (the form's GET) to another period and back: drawn by the browser.
  await page.getByLabel("Periode", { exact: true }).selectOption({ label: "Sidste kvartal" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/period=lastQuarter/);
  await expect(showing).not.toHaveText(period);
  await page.goBack();
  await expect(page).toHaveURL(/period=thisYear/);
  await expect(showing).toHaveText(period);
  expect(await parts()).toEqual(fromServer);
  expect(errors).toEqual([]);
  await a11y();
});
