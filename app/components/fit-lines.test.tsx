import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { translator } from "~/i18n/translate";
import { fitLinesWith, inSentence } from "./fit-lines";

describe("a fit line's labels inside the sentence", () => {
  it("start with a small letter, unless the label starts with an abbreviation", () => {
    expect(inSentence("Tempo")).toBe("tempo");
    expect(inSentence("Ærinder og bud")).toBe("ærinder og bud");
    expect(inSentence("IT og kommunikation")).toBe("IT og kommunikation");
    expect(inSentence("rolig")).toBe("rolig");
    expect(inSentence("")).toBe("");
  });

  it("read as Danish in a line: 'høje krav til tempo', 'opgaver som pakning', 'arbejde i IT og kommunikation'", () => {
    const html = renderToStaticMarkup(
      fitLinesWith(translator("da"), [
        { factor: "demands", verdict: "misfit", key: "fit.demands.misfit", terms: { need: "supportNeed.short_sessions", demand: "demand.pace" }, section: "support" },
        { factor: "taskKinds", verdict: "fits", key: "fit.taskKinds.fits", terms: { kind: "chore.packing" }, section: "basic" },
        { factor: "industry", verdict: "fits", key: "fit.industry.fits", terms: { industry: "industry.it_communication" }, section: "basic" },
      ]),
    );
    expect(html).toContain("Har brug for korte arbejdsperioder – opgaverne har høje krav til tempo");
    expect(html).toContain("Ønsker opgaver som pakning");
    expect(html).toContain("Ønsker at arbejde i IT og kommunikation");
  });
});
