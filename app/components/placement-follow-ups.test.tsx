import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { translator } from "~/i18n/translate";
import { PlacementFollowUps } from "./placement-follow-ups";

const locale = vi.hoisted(() => ({ current: "en" as "da" | "en" }));
vi.mock("@remix-run/react", () => ({ useLocation: () => ({ pathname: "/company/placements/1", search: "" }) }));
vi.mock("~/i18n/use-t", () => ({ useLocale: () => locale.current, useT: () => translator(locale.current) }));

const render = () =>
  renderToStaticMarkup(<PlacementFollowUps base="/company/placements/1" followUps={[]} adjustments={[{ id: 1, status: "approved", hours: null, days: ["mon", "tue", "fri"], taskIds: null, fromDate: "2026-12-07" }]} />);

describe("PlacementFollowUps", () => {
  it("names an approved adjustment's days as a sentence does: capitalised in English, lower case in Danish", () => {
    locale.current = "en";
    expect(render()).toContain("Monday, Tuesday and Friday");
    locale.current = "da";
    expect(render()).toContain("mandag, tirsdag og fredag");
  });
});
