import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderPdf, type PdfModel } from "./document.server";

// poppler-utils reads the PDF back the way a person's viewer or screen reader would;
// scripts/ensure-test-tools.sh installs it with Chromium.
const dir = path.resolve(`tmp/pdf-test-${crypto.randomUUID().slice(0, 8)}`);
fs.mkdirSync(dir, { recursive: true });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function written(model: PdfModel) {
  const file = path.join(dir, `${crypto.randomUUID()}.pdf`);
  const bytes = await renderPdf(model);
  fs.writeFileSync(file, bytes);
  return {
    bytes,
    text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }),
    info: execFileSync("pdfinfo", [file], { encoding: "utf8" }),
  };
}

const model: PdfModel = {
  lang: "da-DK",
  title: "Aftaleoplysninger: Opvask og bagerirengøring",
  subtitle: "Bageriet Hansen ApS · CVR 12345674",
  sections: [
    {
      heading: "Virksomhed og arbejdssted",
      rows: [
        { label: "Navn", value: "Bageriet Hansen ApS" },
        { label: "Adresse", value: "Søndergade 4, 8000 Aarhus C" },
        { label: "Ordinært ansatte (årsværk)", value: "12,5" },
      ],
    },
    { heading: "Formål", paragraphs: ["Afklaring af et jobmål: at arbejde i et køkken med faste rutiner og rolige omgivelser."] },
  ],
  footer: "Udskrevet fra Fodfæste",
  pageLabel: "Side {page} af {pages}",
};

describe("PDF documents", () => {
  it("holds the text with æ, ø and å as written, in reading order", async () => {
    const { text } = await written(model);
    expect(text).toContain("Aftaleoplysninger: Opvask og bagerirengøring");
    expect(text).toContain("Søndergade 4, 8000 Aarhus C");
    expect(text).toMatch(/Navn\s+Bageriet Hansen ApS/);
    expect(text).toMatch(/Ordinært ansatte \(årsværk\)\s+12,5/);
    expect(text).toContain("Afklaring af et jobmål");
    expect(text.indexOf("Virksomhed og arbejdssted")).toBeLessThan(text.indexOf("Formål"));
    expect(text).toMatch(/Side 1 af 1/);
  });

  it("is tagged, has a title shown by the viewer, and a document language", async () => {
    const { info, bytes } = await written(model);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Aftaleoplysninger: Opvask og bagerirengøring$/m);
    const raw = bytes.toString("latin1");
    expect(raw).toContain("/Lang (da-DK)");
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toContain("/StructTreeRoot");
  });

  it("embeds IBM Plex Sans instead of relying on the reader's fonts", async () => {
    const { bytes } = await written(model);
    expect(bytes.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+IBMPlexSans/);
  });

  it("runs onto further pages when the content is long, numbering them", async () => {
    const rows = Array.from({ length: 80 }, (_, i) => ({ label: `Uge ${i + 1}`, value: `${8 + (i % 10)} timer om ugen` }));
    const { info, text } = await written({ ...model, sections: [{ heading: "Timeplan", rows }] });
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Side ${page} af ${pages}`);
    expect(text).toContain("Uge 80");
  });
});
