import { test, expect, axeViolations } from "./fixtures";

// The check every journey relies on must be able to fail: a page with known faults is caught.
test("the axe check reports a missing alt text, an unlabelled field and a missing language", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "axe runs in the page");
  await page.setContent(`<html><head><title>Prøve</title></head><body><main><h1>Prøve</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>`);
  const violations = await axeViolations(page);
  expect(violations.map((v) => v.split(":")[0])).toEqual(expect.arrayContaining(["image-alt", "label", "html-has-lang"]));
});
