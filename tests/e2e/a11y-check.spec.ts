import { test, expect, axeViolations } from "./fixtures";

// The check every journey relies on must be able to fail: a page with known faults is caught.
test("the axe check reports a missing alt text, an unlabelled field and a missing language", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "axe runs in the page");
  await page.setContent(`<html><head><title>Prøve</title></head><body><main><h1>Prøve</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>`);
  const violations = await axeViolations(page);
  expect(violations.map((v) => v.split(":")[0])).toEqual(expect.arrayContaining(["image-alt", "label", "html-has-lang"]));
});

// The a11y fixture scans the layout's header and footer once per state (decision 046): what
// changes in the main content is still found, and so is a header in a state not seen before.
test("a page scanned again is checked again, a changed header too", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "axe runs in the page");
  const scanned = new Set<string>();
  const ids = async () => (await axeViolations(page, scanned)).map((v) => v.split(":")[0]);
  await page.setContent(`<html lang="da"><head><title>Prøve</title></head><body><header><a href="/">Forside</a></header><main><h1>Prøve</h1></main><footer><p>Fod</p></footer></body></html>`);
  expect(await ids()).toEqual([]);
  expect(scanned.size).toBe(2);
  await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("beforeend", `<input type="text">`));
  expect(await ids()).toContain("label");
  await page.evaluate(() => {
    document.querySelector("main input")!.remove();
    document.querySelector("header")!.insertAdjacentHTML("beforeend", `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`);
  });
  expect(await ids()).toEqual(["image-alt"]);
});
