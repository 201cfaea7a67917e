import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { translator } from "~/i18n/translate";
import { DeclinesByIndustry } from "./declines-by-industry";

vi.mock("~/i18n/use-t", () => ({ useLocale: () => "da", useT: () => translator("da") }));

describe("the decline reasons' industry table", () => {
  const html = renderToStaticMarkup(
    <DeclinesByIndustry
      rows={[
        { industry: "retail", reason: "hours_days", n: 3 },
        { industry: "bakery_food", reason: "distance_transport", n: 1 },
      ]}
      total={4}
    />,
  );

  it("uses the list tables' stacked layout, so a 390 px phone shows label: value lines instead of scrolling", () => {
    // app/styles/app.css stacks `.data-table .data-table__table` rows below 768 px, labelling each cell by data-label.
    expect(html).toMatch(/^<div class="data-table">/);
    expect(html).toContain('class="table table--compact data-table__table"');
    const cells = html.match(/<td[^>]*>/g) ?? [];
    expect(cells).toHaveLength(8);
    for (const cell of cells) expect(cell).toMatch(/data-label="[^"]+"/);
    expect(html).toContain('data-label="Andel"');
  });

  it("counts and shares each row of the total", () => {
    expect(html).toContain("75 %");
    expect(html).toContain("25 %");
  });
});
