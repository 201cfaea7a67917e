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

describe("PlacementFollowUps from the page's data (decision 069)", () => {
  // Rows as the page sent them before (with the figures, when sent, the adjustment's follow-up and time) and as it sends them now.
  const full = [
    { id: 11, week: 1, dueDate: "2026-05-01", status: "submitted" as const, submittedAt: new Date("2026-05-02T09:00:00Z"), hoursWorked: 7.5, daysPresent: 2, daysPlanned: 3, wellBeing: 3, open: false, overdue: false },
    { id: 12, week: 2, dueDate: "2026-05-08", status: "due" as const, submittedAt: null, hoursWorked: null, daysPresent: null, daysPlanned: null, wellBeing: null, open: true, overdue: true },
    { id: 13, week: 3, dueDate: "2026-05-15", status: "draft" as const, submittedAt: null, hoursWorked: 8, daysPresent: null, daysPlanned: 3, wellBeing: null, open: true, overdue: false },
    { id: 14, week: 4, dueDate: "2026-12-18", status: "due" as const, submittedAt: null, hoursWorked: null, daysPresent: null, daysPlanned: null, wellBeing: null, open: false, overdue: false },
  ];
  const adjustmentsFull = [
    { id: 1, followUpId: 11, status: "approved" as const, hours: 10, days: null, taskIds: [3], fromDate: "2026-05-11", createdAt: new Date("2026-05-03T08:00:00Z") },
    { id: 2, followUpId: 13, status: "proposed" as const, hours: 12, days: ["mon" as const], taskIds: null, fromDate: null, createdAt: new Date("2026-05-16T08:00:00Z") },
  ];
  const now = full.map((f) => ({ id: f.id, week: f.week, dueDate: f.dueDate, status: f.status, open: f.open, overdue: f.overdue }));
  const adjustmentsNow = adjustmentsFull.map(({ followUpId: _f, createdAt: _c, ...a }) => a);
  it("is the same markup from the rows without their figures, sending time and the adjustments' follow-up and time, on both sides and in both languages", () => {
    for (const language of ["da", "en"] as const) {
      locale.current = language;
      for (const csvHref of [undefined, "/jobcentre/placements/1/follow-ups.csv"]) {
        const before = renderToStaticMarkup(<PlacementFollowUps base="/x" followUps={full} adjustments={adjustmentsFull} csvHref={csvHref} />);
        expect(renderToStaticMarkup(<PlacementFollowUps base="/x" followUps={now} adjustments={adjustmentsNow} csvHref={csvHref} />)).toBe(before);
        expect(before).toContain("/x/follow-ups/13");
      }
    }
  });
});
