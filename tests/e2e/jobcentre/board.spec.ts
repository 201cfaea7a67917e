import { test, expect, loginAt } from "../fixtures";

/**
 * Decision 083: a repeat view of the board sends its filter form's parts and its rows as markup
 * kept on the server; the browser draws them itself. Hydration must find what React would have
 * drawn (no hydration error), and the same page drawn by the browser after a client navigation
 * (the filter form's GET and back) must be the same markup as the server's (React's text
 * separators aside).
 */
test("the board's kept form and rows hydrate and are what the browser draws itself", async ({ page, a11y }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  // Each element with its attributes in name order (the browser sets `checked` after `value`
  // where the server writes it before), its text, comments (React's separators) left out.
  const parts = () =>
    page.evaluate(() => {
      const canonical = (n: Node): string =>
        n instanceof Element
          ? `<${n.localName}${[...n.attributes]
              .map((x) => ` ${x.name}="${x.value}"`)
              .sort()
              .join("")}>${[...n.childNodes].map(canonical).join("")}</${n.localName}>`
          : n.nodeType === Node.TEXT_NODE
            ? (n.textContent ?? "")
            : "";
      return [...document.querySelectorAll("main form[method=get], main table tbody")].map(canonical);
    });
  const address = "/jobcentre/board?sort=oldest&day=mon&day=tue&day=wed&day=thu&day=fri";
  await loginAt(page, "konsulent@demo.test", address);
  // The second view comes from what the first kept.
  await page.goto(address);
  await page.waitForLoadState("networkidle");
  const fromServer = await parts();
  expect(fromServer).toHaveLength(2);
  expect(fromServer[1]).toContain("<tr>");
  // A client navigation (the form's GET, a kind chosen) and back: drawn by the browser.
  const count = page.locator("main p[role=status]");
  await page.locator("details.filter-disclosure").evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await page.getByLabel("Virksomhedspraktik", { exact: true }).check();
  await page.getByRole("button", { name: "Vis resultater", exact: true }).click();
  await expect(page).toHaveURL(/kind=praktik/);
  await expect(page.locator("main form[method=get]")).toHaveAttribute("action", /kind=praktik/);
  await page.goBack();
  await expect(page).not.toHaveURL(/kind=praktik/);
  // Drawn again once the page's data is back (the form's address is the page's).
  await expect(page.locator("main form[method=get]")).toHaveAttribute("action", address);
  await expect(count).toBeVisible();
  expect(await parts()).toEqual(fromServer);
  expect(errors).toEqual([]);
  await a11y();
});
