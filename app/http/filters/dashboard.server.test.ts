import { describe, expect, it } from "vitest";
import { parseDashboardFilters } from "./dashboard.server";

describe("the dashboard's filters", () => {
  it("reads period and scope from the address: this quarter and the whole jobcentre by default, odd values ignored", () => {
    const today = "2026-12-02";
    expect(parseDashboardFilters(new URLSearchParams(""), today)).toEqual({ period: "thisQuarter", scope: "jobcentre", from: "2026-10-01", to: today });
    expect(parseDashboardFilters(new URLSearchParams("period=lastQuarter&scope=mine&from=2020-01-01&to=2020-02-01"), today)).toEqual({ period: "lastQuarter", scope: "mine", from: "2026-07-01", to: "2026-09-30" });
    // Custom: swapped when reversed, at most 36 months, both days needed.
    expect(parseDashboardFilters(new URLSearchParams("period=custom&from=2026-05-01&to=2026-02-01"), today)).toMatchObject({ period: "custom", from: "2026-02-01", to: "2026-05-01" });
    expect(parseDashboardFilters(new URLSearchParams("period=custom&from=2010-01-01&to=2026-02-28"), today)).toMatchObject({ from: "2023-02-28", to: "2026-02-28" });
    expect(parseDashboardFilters(new URLSearchParams("period=custom&from=2026-02-30&to=2026-03-01"), today)).toMatchObject({ period: "thisQuarter", from: "2026-10-01" });
    expect(parseDashboardFilters(new URLSearchParams("period=custom&from=2026-13-01&to=2026-03-01"), today)).toMatchObject({ period: "thisQuarter", from: "2026-10-01" });
    expect(parseDashboardFilters(new URLSearchParams("period=decade&scope=everyone"), today)).toMatchObject({ period: "thisQuarter", scope: "jobcentre" });
    expect(parseDashboardFilters(new URLSearchParams("scope=team"), today)).toMatchObject({ scope: "team" });
  });
});
