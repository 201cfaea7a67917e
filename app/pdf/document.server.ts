import path from "node:path";
import PDFDocument from "pdfkit";

/**
 * A printable document (an agreement summary, a data export for an access request) as a
 * small model — a title, sections of label/value rows and paragraphs — rendered to a
 * tagged PDF: document language, title shown in the viewer, headings, tables and
 * paragraphs in the structure tree, so a screen reader reads it in order. The text is set
 * in IBM Plex Sans from DKFDS, embedded, so æ, ø and å print on any machine.
 */

export interface PdfRow {
  label: string;
  value: string;
}

export interface PdfSection {
  heading: string;
  rows?: PdfRow[];
  paragraphs?: string[];
}

export interface PdfModel {
  lang: "da-DK" | "en-GB";
  title: string;
  /** A line under the title, e.g. who and what the document is about. */
  subtitle?: string;
  sections: PdfSection[];
  /** Printed small at the end, e.g. "Udskrevet 24. november 2026 fra Fodfæste". */
  footer?: string;
  /** Page numbering in the document's language, e.g. "Side {page} af {pages}". */
  pageLabel: string;
}

const FONT_DIR = path.resolve(process.cwd(), "node_modules/dkfds/dist/fonts/IBMPlexSans/complete/ttf");
const REGULAR = path.join(FONT_DIR, "IBMPlexSans-Regular.ttf");
const SEMIBOLD = path.join(FONT_DIR, "IBMPlexSans-SemiBold.ttf");

const PAGE = { margin: 56, labelWidth: 170, gap: 14 } as const;

export function renderPdf(model: PdfModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    pdfVersion: "1.7",
    tagged: true,
    lang: model.lang,
    displayTitle: true,
    info: { Title: model.title, Creator: "Fodfæste", Producer: "Fodfæste" },
    font: REGULAR,
    bufferPages: true,
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("semibold", SEMIBOLD);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = PAGE.margin;
  const width = doc.page.width - 2 * PAGE.margin;
  const valueX = left + PAGE.labelWidth + PAGE.gap;
  const valueWidth = width - PAGE.labelWidth - PAGE.gap;
  const bottom = () => doc.page.height - PAGE.margin;
  /** Starts a new page when the next block would not fit on this one. */
  const ensureRoom = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  const root = doc.struct("Document");
  doc.addStructure(root);

  root.add(
    doc.struct("H1", {}, () => {
      doc.font("semibold").fontSize(20).fillColor("#1a1a1a").text(model.title, left, doc.y, { width });
    }),
  );
  if (model.subtitle) {
    root.add(
      doc.struct("P", {}, () => {
        doc.moveDown(0.3).font("regular").fontSize(11).fillColor("#454545").text(model.subtitle!, { width });
      }),
    );
  }

  for (const section of model.sections) {
    const sect = doc.struct("Sect");
    root.add(sect);
    doc.moveDown(1.2);
    ensureRoom(60);
    sect.add(
      doc.struct("H2", {}, () => {
        doc.font("semibold").fontSize(14).fillColor("#1a1a1a").text(section.heading, left, doc.y, { width });
      }),
    );
    doc.moveDown(0.4);

    if (section.rows?.length) {
      const table = doc.struct("Table");
      sect.add(table);
      for (const row of section.rows) {
        doc.font("semibold").fontSize(10.5);
        const labelHeight = doc.heightOfString(row.label, { width: PAGE.labelWidth });
        doc.font("regular").fontSize(10.5);
        const valueHeight = doc.heightOfString(row.value || "–", { width: valueWidth });
        const height = Math.max(labelHeight, valueHeight);
        ensureRoom(height);
        const top = doc.y;
        const tr = doc.struct("TR");
        table.add(tr);
        tr.add(
          doc.struct("TH", {}, () => {
            doc.font("semibold").fontSize(10.5).fillColor("#1a1a1a").text(row.label, left, top, { width: PAGE.labelWidth });
          }),
        );
        tr.add(
          doc.struct("TD", {}, () => {
            doc.font("regular").fontSize(10.5).fillColor("#1a1a1a").text(row.value || "–", valueX, top, { width: valueWidth });
          }),
        );
        tr.end();
        doc.x = left;
        doc.y = top + height + 6;
      }
      table.end();
    }

    for (const paragraph of section.paragraphs ?? []) {
      doc.font("regular").fontSize(10.5);
      ensureRoom(Math.min(doc.heightOfString(paragraph, { width }), 120));
      sect.add(
        doc.struct("P", {}, () => {
          doc.font("regular").fontSize(10.5).fillColor("#1a1a1a").text(paragraph, left, doc.y, { width });
        }),
      );
      doc.moveDown(0.5);
    }
    sect.end();
  }

  if (model.footer) {
    doc.moveDown(2);
    ensureRoom(30);
    root.add(
      doc.struct("P", {}, () => {
        doc.font("regular").fontSize(9).fillColor("#454545").text(model.footer!, left, doc.y, { width });
      }),
    );
  }

  // Page numbers are decoration for the eye, not content: marked as artifacts.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin: without lifting the margin, pdfkit would start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("regular")
      .fontSize(9)
      .fillColor("#454545")
      .text(model.pageLabel.replace("{page}", String(i + 1)).replace("{pages}", String(range.count)), left, doc.page.height - PAGE.margin + 18, { width, align: "right", lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = margin;
  }

  root.end();
  doc.end();
  return done;
}
