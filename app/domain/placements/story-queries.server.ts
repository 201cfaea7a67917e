import { and, count, desc, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { preparedPerConnection, preparedPerShape } from "~/db/prepared.server";
import { candidates, companies, placements, placementStories, slots } from "~/db/schema";
import type { Ctx } from "../actor";
import { pageOffset, type Page } from "../pagination";
import { forbidden, notFound } from "../errors";
import type { StoryKind } from "./ending-vocabulary";
import { isCompanySide, maySeePlacement } from "./policy";
import { storyKindAllowed } from "./stories";

const STORY_COLUMNS = {
  id: placementStories.id,
  kind: placementStories.kind,
  title: placementStories.title,
  ageBand: placementStories.ageBand,
  industry: placementStories.industry,
  slotKind: placementStories.slotKind,
  sections: placementStories.sections,
  publishedAt: placementStories.publishedAt,
  createdAt: placementStories.createdAt,
};

export const STORY_PAGE_SIZE = 20;

/**
 * The jobcentre's library of learning cases and citizen stories, newest first, by kind, industry
 * and age band, a page at a time (the CSV asks for every row up to the export limit). The count
 * and the page are built once per connection and filter shape (decision 053).
 */
export function storyLibrary(ctx: Ctx, filters: StoryFilters, page = 1, pageSize = STORY_PAGE_SIZE) {
  if (isCompanySide(ctx.actor.role) || ctx.actor.jobcentreId === null) throw forbidden();
  const queries = libraryQueries(ctx.db, { kind: filters.kind != null, industry: filters.industry != null, ageBand: filters.ageBand != null });
  const values = { jobcentreId: ctx.actor.jobcentreId, kind: filters.kind ?? null, industry: filters.industry ?? null, ageBand: filters.ageBand ?? null };
  const total = queries.count.get(values)?.n ?? 0;
  const rows = queries.page.all({ ...values, limit: pageSize, offset: pageOffset(page, pageSize) });
  const result: Page<(typeof rows)[number]> = { rows, total, page, pageSize };
  return { filters, result };
}

interface StoryFilters {
  kind?: StoryKind;
  industry?: string;
  ageBand?: string;
}

const p = sql.placeholder;

const libraryQueries = preparedPerShape((db: DbOrTx, shape: { kind: boolean; industry: boolean; ageBand: boolean }) => {
  const where: SQL[] = [eq(placementStories.jobcentreId, p("jobcentreId"))];
  if (shape.kind) where.push(eq(placementStories.kind, p("kind")));
  if (shape.industry) where.push(eq(placementStories.industry, p("industry")));
  if (shape.ageBand) where.push(eq(placementStories.ageBand, p("ageBand")));
  return {
    count: db.select({ n: count() }).from(placementStories).where(and(...where)).prepare(),
    page: db
      .select({ ...STORY_COLUMNS, placementId: placementStories.placementId })
      .from(placementStories)
      .where(and(...where))
      .orderBy(desc(placementStories.createdAt), desc(placementStories.id))
      .limit(p("limit"))
      .offset(p("offset"))
      .prepare(),
  };
}, 8);

/** Citizen stories the company's jobcentre has published: for HR's start page, as encouragement (newest three). */
export function publishedStories(ctx: Ctx, ownJobcentreId?: number) {
  if (ctx.actor.role !== "company_admin" || ctx.actor.companyId === null) return [];
  // The start page has read the actor's own company already and passes its jobcentre (decision 050).
  const jobcentreId = ownJobcentreId ?? ctx.db.select({ jobcentreId: companies.jobcentreId }).from(companies).where(eq(companies.id, ctx.actor.companyId)).get()?.jobcentreId;
  if (jobcentreId === undefined) return [];
  return publishedStoriesQuery(ctx.db).all({ jobcentreId });
}

// HR's start page: built once per connection (decision 051).
const publishedStoriesQuery = preparedPerConnection((db) =>
  db
    .select({ id: placementStories.id, title: placementStories.title, ageBand: placementStories.ageBand, industry: placementStories.industry, sections: placementStories.sections })
    .from(placementStories)
    .where(and(eq(placementStories.jobcentreId, sql.placeholder("jobcentreId")), eq(placementStories.kind, "citizen_story"), isNotNull(placementStories.publishedAt)))
    .orderBy(desc(placementStories.publishedAt), desc(placementStories.id))
    .limit(3)
    .prepare(),
);

/** The write-up page of a placement (the jobcentre's): which kind it may get, and what is written. */
export function storyForm(ctx: Ctx, placementId: number) {
  if (isCompanySide(ctx.actor.role)) throw forbidden();
  const row = ctx.db
    .select({ p: placements, alias: candidates.alias, slotTitle: slots.title })
    .from(placements)
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .where(eq(placements.id, placementId))
    .get();
  if (!row || !maySeePlacement(ctx.actor, row.p)) throw notFound();
  const existing = ctx.db.select({ ...STORY_COLUMNS, consentOn: placementStories.consentOn }).from(placementStories).where(eq(placementStories.placementId, placementId)).all();
  const kind: StoryKind | null = storyKindAllowed("learning_case", row.p.status) ? "learning_case" : storyKindAllowed("citizen_story", row.p.status) ? "citizen_story" : null;
  return { id: row.p.id, alias: row.alias, slotTitle: row.slotTitle, status: row.p.status, kind, existing, mayWrite: kind !== null && !existing.some((s) => s.kind === kind) };
}
