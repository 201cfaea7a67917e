import type { Ctx } from "~/domain/actor";
import { listWorkplaces } from "~/domain/companies/queries.server";
import { activeTaskOptions, mentorOptions } from "~/domain/slots/queries.server";

/** What the slot form offers: open workplaces, active tasks, possible mentors. */
export function slotFormOptions(ctx: Ctx) {
  return {
    workplaces: listWorkplaces(ctx, ctx.actor.companyId!, { includeClosed: false }).map((w) => ({ id: w.id, name: w.name })),
    tasks: activeTaskOptions(ctx),
    mentors: mentorOptions(ctx).map((m) => ({ id: m.id, name: m.name })),
  };
}
