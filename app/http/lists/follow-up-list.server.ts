import { z } from "zod";
import { COMPANY_STAFF, JOBCENTRE_STAFF } from "~/auth/guards.server";
import { followUpListColumns, type FollowUpListRow } from "~/components/lists/follow-up-list-columns";
import { listFollowUps } from "~/domain/placements/follow-up-list.server";
import { FOLLOW_UP_VIEWS, type FollowUpView } from "~/domain/placements/vocabulary";
import type { ListDefinition } from "../list.server";

// Built once, not per request (decision 054's rule for filter schemas).
const viewSchema = z.enum(FOLLOW_UP_VIEWS).catch("todo");

/** `?view=`: to do now unless another view is chosen; an unknown value is the default, never an error. */
export function followUpViewParam(search: URLSearchParams): FollowUpView {
  return viewSchema.parse(search.get("view") ?? "todo");
}

/** The jobcentre's follow-ups across its placements; the CSV holds the citizen (candidate data, the jobcentre's own). */
export const jobcentreFollowUpList: ListDefinition<FollowUpListRow, { view: FollowUpView }> = {
  name: "follow-ups-all",
  fileKey: "followUps.heading",
  roles: JOBCENTRE_STAFF,
  candidateData: true,
  load(ctx, { search, page, pageSize }) {
    const view = followUpViewParam(search);
    return { filters: { view }, result: listFollowUps(ctx, { page, view }, pageSize) };
  },
  columns: () => followUpListColumns("jobcentre"),
};

/** HR's (the company's) and a mentor's (their own) follow-ups; the CSV is a to-do list without candidate data. */
export const companyFollowUpList: ListDefinition<FollowUpListRow, { view: FollowUpView }> = {
  name: "company-follow-ups",
  fileKey: "followUps.heading",
  roles: COMPANY_STAFF,
  load(ctx, { search, page, pageSize }) {
    const view = followUpViewParam(search);
    return { filters: { view }, result: listFollowUps(ctx, { page, view }, pageSize) };
  },
  columns: () => followUpListColumns("company"),
};
