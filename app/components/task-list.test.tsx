import type { ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { translator } from "~/i18n/translate";
import { TaskFilterForm } from "./task-list";

vi.mock("~/i18n/use-t", () => ({ useLocale: () => "da", useT: () => translator("da") }));
vi.mock("@remix-run/react", () => ({ Form: (props: ComponentProps<"form">) => <form {...props} />, useLocation: () => ({ search: "" }) }));

const TOWNS = [
  ["8000", "Aarhus C"],
  ["5000", "Odense C"],
  ["2100", "København Ø"],
] as const;
const shops = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `Butik ${i + 1}`, address: `Gade ${i + 1}`, postcode: TOWNS[i % 3]![0], city: TOWNS[i % 3]![1] }));
const render = (workplaces: ReturnType<typeof shops>, workplaceId?: number) =>
  renderToStaticMarkup(<TaskFilterForm filters={{ sort: "updated", maxDemand: {}, page: 1, workplaceId }} workplaces={workplaces} statuses={["active"]} />);
const workplaceSelect = (html: string) => html.split('<select class="form-select" id="workplace" name="workplace">')[1]!.split("</select>")[0]!;

describe("the task list's workplace filter", () => {
  it("groups a chain's workplaces by town, in postcode order, each with its street, after 'all workplaces'", () => {
    const select = workplaceSelect(render(shops(30), 4));
    expect([...select.matchAll(/<optgroup label="([^"]+)">/g)].map((m) => m[1])).toEqual(["2100 København Ø", "5000 Odense C", "8000 Aarhus C"]);
    expect(select.startsWith('<option value="">Alle arbejdssteder</option><optgroup')).toBe(true);
    expect(select.match(/<option value="\d+"/g)).toHaveLength(30);
    expect(select).toContain('<option value="4" selected="">Butik 4, Gade 4</option>');
  });

  it("keeps a plain list of names below 8 workplaces", () => {
    const select = workplaceSelect(render(shops(7)));
    expect(select).not.toContain("<optgroup");
    expect(select).toContain('<option value="1">Butik 1</option>');
  });
});
