import type { ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { translator } from "~/i18n/translate";
import { DataTable } from "./data-table";
import { Pagination } from "./pagination";

vi.mock("@remix-run/react", () => ({ Form: (props: ComponentProps<"form">) => <form {...props} />, useLocation: () => ({ pathname: "/jobcentre/privacy", search: "?months=12&page=9" }) }));
vi.mock("~/i18n/use-t", () => ({ useLocale: () => "da", useT: () => translator("da") }));

const table = (page: number, total: number, rows: { id: number }[]) =>
  renderToStaticMarkup(
    <DataTable caption="Kandidater" rows={rows} total={total} page={page} pageSize={25} rowKey={(r) => String(r.id)} countKey="privacy.upcomingCount" empty={<p>Ingen at vise</p>} columns={[{ key: "id", header: "list.sorted", cell: (r) => String(r.id) }]} />,
  );

describe("a page past the end of a list", () => {
  it("says how many pages there are and links to the last one, keeping the filters, instead of saying the list is empty", () => {
    const html = table(9, 51, []);
    expect(html).toContain("Listen har kun 3 sider.");
    expect(html).toContain('href="/jobcentre/privacy?months=12&amp;page=3"');
    expect(html).not.toContain("Ingen at vise");
    const one = renderToStaticMarkup(<Pagination page={2} total={25} pageSize={25} />);
    expect(one).toContain("Listen har kun én side.");
    expect(one).toContain("Gå til listen");
    expect(html).toContain("Gå til sidste side");
  });

  it("leaves the empty list's own text and the ordinary links as they were", () => {
    expect(table(1, 0, [])).toContain("Ingen at vise");
    expect(table(1, 0, [])).not.toContain("Listen har kun");
    const middle = renderToStaticMarkup(<Pagination page={2} total={51} pageSize={25} />);
    expect(middle).toContain("Side 2 af 3");
    expect(middle).toContain("page=1");
    expect(middle).toContain("page=3");
    expect(renderToStaticMarkup(<Pagination page={1} total={25} pageSize={25} />)).toBe("");
  });
});
