import type { Ctx } from "~/domain/actor";
import { listWorkplaceChoices } from "~/domain/companies/queries.server";
import { activeTaskOptions, mentorOptions } from "~/domain/slots/queries.server";

/** What the slot form offers: open workplaces, active tasks, possible mentors. */
export function slotFormOptions(ctx: Ctx) {
  return {
    workplaces: listWorkplaceChoices(ctx, ctx.actor.companyId!),
    tasks: activeTaskOptions(ctx),
    mentors: mentorOptions(ctx).map((m) => ({ id: m.id, name: m.name })),
  };
}
