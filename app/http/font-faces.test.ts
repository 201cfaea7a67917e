import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { woff2First } from "./font-faces";

describe("woff2First", () => {
  it("puts woff2 before woff and drops eot and ttf", () => {
    const css =
      '@font-face{font-weight:400;src:url(a/R.eot),url(a/R.woff) format("woff"),url(a/R.woff2) format("woff2"),url(a/R.ttf) format("truet ype")}';
    expect(woff2First(css)).toBe('@font-face{font-weight:400;src:url(a/R.woff2) format("woff2"),url(a/R.woff) format("woff")}');
  });

  it("leaves a face that already starts with woff2, and other rules, as they are", () => {
    const css = '@font-face{src:url(I.woff2) format("woff2"),url(I.woff) format("woff")}.a{src:x}';
    expect(woff2First(css)).toBe(css);
  });

  it("makes every face of the DKFDS Virk stylesheet offer woff2 first", () => {
    const css = woff2First(fs.readFileSync("node_modules/dkfds/dist/css/dkfds-virkdk.min.css", "utf8"));
    const faces = (css.match(/@font-face\{[^}]*\}/g) ?? []).filter((face) => face.includes("url("));
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) expect(face).toMatch(/src:url\([^)]*\.woff2\) format\("woff2"\)/);
  });
});
