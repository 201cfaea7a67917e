/**
 * The root loader sends a page's messages as JSON text made once (decision 063) instead of the
 * object: the text must be the same messages for every page and language, and the browser's
 * catalogue must end up as it did when it was given the object.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUES as BROWSER, receiveMessages } from "./catalogue-browser";
import { readRoutes } from "./key-usage";
import { messagesForPath, messagesTextForPath } from "./messages.server";

const pathnames = readRoutes(path.resolve("app")).map(({ path: url }) => `/${url.replace(/:\w+\??/g, "1").replace(/\*$/, "missing")}`);

describe("a page's messages as text", () => {
  it("are the page's messages, in each language, for every page", () => {
    expect(pathnames.length).toBeGreaterThan(50);
    for (const pathname of pathnames) {
      for (const locale of ["da", "en"] as const) {
        expect(JSON.parse(messagesTextForPath(locale, pathname)), `${locale} ${pathname}`).toEqual(messagesForPath(locale, pathname));
        // Made once: the same string on the next view.
        expect(messagesTextForPath(locale, pathname)).toBe(messagesTextForPath(locale, pathname));
      }
    }
  });

  it("give the browser's catalogue what the objects gave it, page after page, the same page again included", () => {
    const expected: Record<string, unknown> = {};
    for (const pathname of [...pathnames.slice(0, 30), pathnames[3]!, pathnames[3]!, ...pathnames.slice(30)]) {
      Object.assign(expected, messagesForPath("en", pathname));
      receiveMessages("en", messagesTextForPath("en", pathname));
      expect(BROWSER.en, pathname).toEqual(expected);
    }
    expect(BROWSER.da).toEqual({});
  });
});
