import type { ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { translator } from "~/i18n/translate";
import CompanyWorkplaces from "./company-workplaces";

const data = vi.hoisted(() => ({ current: {} as unknown }));
vi.mock("@remix-run/react", () => ({
  Form: (props: ComponentProps<"form">) => <form {...props} />,
  useLoaderData: () => data.current,
  useLocation: () => ({ pathname: "/jobcentre/companies/7/workplaces", search: "?q=Odense" }),
}));
vi.mock("~/i18n/use-t", () => ({ useLocale: () => "da", useT: () => translator("da") }));

describe("a chain's workplaces at the jobcentre", () => {
  it("says that nothing matched the search and how to see them all, instead of a bare 0", () => {
    data.current = { company: { id: 7, name: "Kæden A/S" }, back: { href: "/jobcentre/companies/7", labelKey: "nav.backTo.company", keep: false }, q: "Odense", result: { rows: [], total: 0, page: 1, pageSize: 20 } };
    const html = renderToStaticMarkup(<CompanyWorkplaces />);
    expect(html).toContain("Ingen arbejdssteder passer til «Odense».");
    expect(html).toContain('<a href="/jobcentre/companies/7/workplaces">Vis alle arbejdssteder</a>');
  });
});
