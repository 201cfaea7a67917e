import { eq } from "drizzle-orm";
import { mentorProfiles } from "~/db/schema";
import type { Ctx } from "../actor";
import { audit } from "../audit/commands.server";
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
    audit(tx, { event: "mentor_profile.updated", at: ctx.now, actor: ctx.actor, jobcentreId: ctx.actor.scopeJobcentreId, subjectType: "user", subjectId: ctx.actor.userId, ip: ctx.ip });
  });
}

export function getMentorProfile(ctx: Ctx) {
  return ctx.db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, ctx.actor.userId)).get() ?? null;
}
