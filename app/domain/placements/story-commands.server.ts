import { and, eq } from "drizzle-orm";
import { candidates, companies, placements, placementStories, users } from "~/db/schema";
import type { Ctx } from "../actor";
import { conflict, forbidden, notFound, type DomainError } from "../errors";
import { recordAudit } from "../shared/audit.server";
import { copenhagenDate } from "../shared/working-days";
import { PlacementInvalid } from "./invalid";
import { STORY_SECTIONS, type StoryConsentMethod } from "./ending-vocabulary";
import { isCompanySide, maySeePlacement } from "./policy";
import { storyErrors } from "./story-errors";
import { storyKindAllowed, type StoryAnswers } from "./stories";

/**
 * The jobcentre's staff write up an ended placement: a learning case from an interrupted one,
 * a citizen story (with the record of the citizen's consent) from a completed one. Only the
 * kind's headings are kept; the age band and the company's industry are copied, and a text
 * that names the citizen, the mentor or the company is refused. One of each per placement.
 */
export function writeStory(ctx: Ctx, input: StoryAnswers & { placementId: number }): number {
  if (isCompanySide(ctx.actor.role)) throw forbidden();
  const today = copenhagenDate(ctx.now);
  return ctx.db.transaction((tx) => {
    const row = tx
      .select({ p: placements, alias: candidates.alias, ageBand: candidates.ageBand, companyName: companies.name, industry: companies.industry, mentorName: users.name })
      .from(placements)
      .innerJoin(candidates, eq(candidates.id, placements.candidateId))
      .innerJoin(companies, eq(companies.id, placements.companyId))
      .innerJoin(users, eq(users.id, placements.mentorUserId))
      .where(eq(placements.id, input.placementId))
      .get();
    if (!row || !maySeePlacement(ctx.actor, row.p)) throw notFound();
    const { p } = row;
    if (!storyKindAllowed(input.kind, p.status)) throw conflict(input.kind === "learning_case" ? "error.story.notInterrupted" : "error.story.notCompleted");
    if (tx.select({ id: placementStories.id }).from(placementStories).where(and(eq(placementStories.placementId, p.id), eq(placementStories.kind, input.kind))).get()) throw conflict("error.story.exists");
    const names = [row.alias, row.companyName, row.mentorName, ...row.mentorName.split(/\s+/)];
    const errors = storyErrors(input, names, today) as Record<string, DomainError["messageKey"]>;
    if (Object.keys(errors).length > 0) throw new PlacementInvalid(errors);
    const sections = Object.fromEntries(STORY_SECTIONS[input.kind].map((s) => [s, input.sections[s]!]));
    const story = tx
      .insert(placementStories)
      .values({
        placementId: p.id,
        jobcentreId: p.jobcentreId,
        kind: input.kind,
        ageBand: row.ageBand,
        industry: row.industry,
        slotKind: p.kind,
        title: input.title,
        sections,
        consentOn: input.kind === "citizen_story" ? input.consentOn : null,
        consentMethod: input.kind === "citizen_story" ? (input.consentMethod as StoryConsentMethod) : null,
        writtenByUserId: ctx.actor.userId,
        createdAt: ctx.now,
      })
      .returning({ id: placementStories.id })
      .get();
    recordAudit(tx, ctx, "story.written", { type: "placement", id: p.id, jobcentreId: p.jobcentreId, companyId: p.companyId }, { storyId: story.id, kind: input.kind, consentOn: input.consentOn });
    return story.id;
  });
}

/** A citizen story is published to the jobcentre's companies (their HR sees it on the start page); a learning case never is. */
export function publishStory(ctx: Ctx, input: { storyId: number }): void {
  if (isCompanySide(ctx.actor.role)) throw forbidden();
  ctx.db.transaction((tx) => {
    const s = tx.select().from(placementStories).where(eq(placementStories.id, input.storyId)).get();
    if (!s || s.jobcentreId !== ctx.actor.jobcentreId) throw notFound();
    if (s.kind !== "citizen_story") throw conflict("error.story.notPublishable");
    if (s.publishedAt) throw conflict("error.story.published");
    tx.update(placementStories).set({ publishedAt: ctx.now }).where(eq(placementStories.id, s.id)).run();
    recordAudit(tx, ctx, "story.published", { type: "placement", id: s.placementId, jobcentreId: s.jobcentreId, companyId: null }, { storyId: s.id });
  });
}
