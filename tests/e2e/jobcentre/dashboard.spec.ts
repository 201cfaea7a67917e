import { test, expect, login, logout } from "../fixtures";

/**
 * The dashboards' links (issue 13): each figure leads to the list behind it, and "my team" works
 * once the administrator has put staff on a team. The two projects run side by side, so each
 * puts a different person on its own team: with JavaScript Karin (the consultant), without it
 * Anders (the administrator) himself.
 */
test("the administrator puts staff on a team; 'my team' on the dashboard explains a missing team and then counts the team @nojs", async ({ page, a11y, javaScriptEnabled }) => {
  test.slow();
  const who = javaScriptEnabled ? { email: "konsulent@demo.test", name: "Karin Kristensen", team: "Team Nord" } : { email: "admin@demo.test", name: "Anders Andersen", team: "Team Syd" };
  const chooseTeamScope = async () => {
    await page.goto("/jobcentre/dashboard");
    await page.getByLabel("Vis tal for", { exact: true }).selectOption({ label: "Mit teams kandidater" });
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await expect(page).toHaveURL(/scope=team/);
  };

  if (javaScriptEnabled) {
    // Before: Karin is on no team, and the page says why instead of showing zeros.
    await login(page, who.email);
    await chooseTeamScope();
    await expect(page.getByText("Du er ikke på et team endnu", { exact: true })).toBeVisible();
    await expect(page.getByText("Jobcentrets administrator sætter medarbejdere på teams under Medarbejdere.")).toBeVisible();
    await a11y();
    await logout(page);
  }

  await login(page, "admin@demo.test");
  await page.goto("/jobcentre/staff");
  await expect(page.getByRole("heading", { name: "Medarbejdere i jobcentret", level: 1 })).toBeVisible();
  await page.getByLabel(`Team for ${who.name}`, { exact: true }).fill(who.team);
  await page.getByRole("button", { name: new RegExp(`^Gem team\\s*:\\s*${who.name}$`) }).click();
  await expect(page.getByText("Dine ændringer er gemt.")).toBeVisible();
  await expect(page.getByLabel(`Team for ${who.name}`, { exact: true })).toHaveValue(who.team);
  await a11y();
  // The change is in the audit log.
  await page.goto("/jobcentre/audit");
  await expect(page.getByRole("cell", { name: "Team ændret" }).first()).toBeVisible();

  if (javaScriptEnabled) {
    await logout(page);
    await login(page, who.email);
  }
  await chooseTeamScope();
  await expect(page.getByRole("status").filter({ hasText: "konsulenterne på dit team" })).toContainText(who.team);
  await expect(page.getByRole("heading", { name: "Åbne praktikpladser uden forslag" })).toBeVisible();
  await a11y();
});

test("the jobcentre's open slots without a proposal lead to the board filtered and sorted by days open @nojs", async ({ page, a11y }) => {
  await login(page, "konsulent@demo.test");
  await page.goto("/jobcentre/dashboard");
  const card = page.getByRole("region", { name: "Åbne praktikpladser uden forslag" });
  const total = Number((await card.locator(".key-figure").innerText()).replace(/\D/g, ""));
  await card.getByRole("link", { name: /^Se listen/ }).click();
  await expect(page).toHaveURL(/\/jobcentre\/board\?withoutProposal=1&sort=oldest/);
  await expect(page.getByRole("status").filter({ hasText: /åbne? praktikplads/ }).first()).toContainText(String(total));
  await expect(page.getByRole("columnheader", { name: /Åben i/ })).toHaveAttribute("aria-sort", "ascending");
  await a11y();
  // The start page's count is the same query and links to the same list.
  await page.goto("/jobcentre");
  await page.getByRole("link", { name: /har endnu ikke fået et forslag/ }).click();
  await expect(page).toHaveURL(/withoutProposal=1/);
});

test("HR's start page: each figure is a link to the list behind it; the 13-week figure filters the placements @nojs", async ({ page, a11y }) => {
  await login(page, "hr@demo.test");
  await page.goto("/company");
  await expect(page.getByRole("heading", { name: "Resultater indtil nu", level: 2 })).toBeVisible();
  await a11y();
  // Dennis is in week 14: he has reached 13 weeks in a row.
  await page.getByRole("link", { name: /nået 13 uger i træk hos jer/ }).click();
  await expect(page).toHaveURL(/\/company\/placements\?reached13Weeks=1/);
  await expect(page.getByRole("link", { name: "Dennis", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Susanne", exact: true })).toHaveCount(0);
  await a11y();
  await page.goto("/company");
  await page.getByRole("link", { name: "Se forløbene" }).click();
  await expect(page).toHaveURL(/status=active/);
  await page.goto("/company");
  await page.getByRole("link", { name: /aktive opgave/ }).click();
  await expect(page).toHaveURL(/\/company\/tasks\?status=active/);
  await page.goto("/company");
  await page.getByRole("link", { name: "Se forslagene" }).click();
  await expect(page).toHaveURL(/\/company\/proposals\?waiting=1/);
  await expect(page.getByText("Her er de forslag, der venter på jeres svar – den ældste først.")).toBeVisible();
  await a11y();
});
