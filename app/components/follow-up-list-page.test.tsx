import type { ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { FOLLOW_UP_VIEWS } from "~/domain/placements/vocabulary";
import { translator } from "~/i18n/translate";
import { FollowUpListPage } from "./follow-up-list-page";

vi.mock("@remix-run/react", () => ({ Form: (props: ComponentProps<"form">) => <form {...props} />, useLocation: () => ({ pathname: "/company/follow-ups", search: "" }) }));
vi.mock("~/i18n/use-t", () => ({ useLocale: () => "da", useT: () => translator("da") }));

const empty = (view: (typeof FOLLOW_UP_VIEWS)[number]) =>
  renderToStaticMarkup(<FollowUpListPage side="company" view={view} lead="-" result={{ rows: [], total: 0, page: 1, pageSize: 25 }} />);

describe("FollowUpListPage without follow-ups", () => {
  it("says what the chosen view would have shown, and where the next ones are when none can be filled in now", () => {
    expect(empty("todo")).toContain("Der er ingen opfølgninger at udfylde lige nu. Se de næste under «Kommende».");
    expect(new Set(FOLLOW_UP_VIEWS.map(empty)).size).toBe(FOLLOW_UP_VIEWS.length);
  });
});
