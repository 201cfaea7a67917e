import { eq } from "drizzle-orm";
import { mentorProfiles } from "~/db/schema";
import type { Ctx } from "../actor";
import { recordAudit } from "../shared/audit.server";
import { forbidden } from "../errors";
import type { MentorProfileInput } from "./schema";

/** Company staff (mentors, and HR who mentor) describe themselves; nobody edits another's. */
export function saveMentorProfile(ctx: Ctx, input: MentorProfileInput): void {
  if (ctx.actor.companyId == null) throw forbidden();
  ctx.db.transaction((tx) => {
    tx.insert(mentorProfiles)
      .values({ userId: ctx.actor.userId, ...input, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: mentorProfiles.userId, set: { ...input, updatedAt: ctx.now } })
      .run();
    recordAudit(tx, ctx, "mentor_profile.updated", { type: "user", id: ctx.actor.userId, jobcentreId: ctx.actor.scopeJobcentreId });
  });
}

export function getMentorProfile(ctx: Ctx) {
  return ctx.db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, ctx.actor.userId)).get() ?? null;
}
