import type { MessageKey } from "~/i18n/catalogue";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "~/db/client.server";
import { catalogueTasks, tasks, workplaces } from "~/db/schema";
import type { Locale } from "~/i18n/locales";
import type { Ctx } from "../actor";
import { assertCompanyMay } from "../companies/policy.server";
import { conflict, DomainError, invalid, notFound } from "../errors";
import { requireCompanyAdmin } from "../shared/access";
import { recordAudit } from "../shared/audit.server";
import { completenessErrors, type DraftTaskInput, type TaskStatus } from "./schema";
import { canTransition, isEditable, requires, TASK_TRANSITIONS, type TaskCommand } from "./status";

/** Everything an active task still lacks, as one refusal with a message per field. */
export class IncompleteTask extends DomainError {
  declare readonly fieldErrors: Record<string, MessageKey>;
  constructor(fieldErrors: Record<string, MessageKey>) {
    super("invalid", "error.task.incomplete", undefined, fieldErrors);
  }
}

/** HR of a company that may still change its own data. */
function companyOf(ctx: Ctx): number {
  const companyId = requireCompanyAdmin(ctx.actor);
  assertCompanyMay(ctx.db, companyId, "prepare");
  return companyId;
}

function assertOpenWorkplace(tx: DbOrTx, companyId: number, workplaceId: number | undefined) {
  if (workplaceId === undefined) return;
  const row = tx
    .select({ id: workplaces.id })
    .from(workplaces)
    .where(and(eq(workplaces.id, workplaceId), eq(workplaces.companyId, companyId), isNull(workplaces.closedAt)))
    .get();
  if (!row) throw invalid("error.task.workplace", "workplaceId");
}

function fields(input: DraftTaskInput) {
  return {
    title: input.title,
    description: input.description,
    department: input.department,
    workplaceId: input.workplaceId ?? null,
    relievedRole: input.relievedRole,
    hoursFreed: input.hoursFreed ?? null,
    frequency: input.frequency ?? null,
    learningTime: input.learningTime ?? null,
    physical: input.physical ?? null,
    social: input.social ?? null,
    language: input.language ?? null,
    pace: input.pace ?? null,
    precision: input.precision ?? null,
    adaptations: input.adaptations,
  };
}

function requireComplete(values: Parameters<typeof completenessErrors>[0]) {
  const errors = completenessErrors(values);
  if (Object.keys(errors).length > 0) throw new IncompleteTask(errors);
}

/** The company's own task at the version the user saw; anything else is refused. */
function ownTask(tx: DbOrTx, companyId: number, taskId: number, version: number) {
  const task = tx.select().from(tasks).where(and(eq(tasks.id, taskId), eq(tasks.companyId, companyId))).get();
  if (!task) throw notFound();
  if (task.version !== version) throw conflict("error.task.conflict");
  return task;
}

/** Saves a new task as a draft, or as active when `activate` is set and it is complete. */
export function createTask(ctx: Ctx, input: DraftTaskInput & { activate: boolean }): number {
  const companyId = companyOf(ctx);
  const values = fields(input);
  if (input.activate) requireComplete(values);
  return ctx.db.transaction((tx) => {
    assertOpenWorkplace(tx, companyId, input.workplaceId);
    const row = tx
      .insert(tasks)
      .values({ ...values, companyId, status: input.activate ? "active" : "draft", createdAt: ctx.now, updatedAt: ctx.now })
      .returning()
      .get();
    recordAudit(tx, ctx, "task.created", { type: "task", id: row.id }, { title: row.title, status: row.status });
    return row.id;
  });
}

/**
 * Saves changes if nobody else saved in between (version check). An active task stays
 * active only while it is complete; `activate` turns a complete draft active in the same step.
 */
export function updateTask(ctx: Ctx, input: DraftTaskInput & { taskId: number; version: number; activate: boolean }): void {
  const companyId = companyOf(ctx);
  ctx.db.transaction((tx) => {
    const current = ownTask(tx, companyId, input.taskId, input.version);
    if (!isEditable(current.status)) throw conflict("error.task.archived");
    const values = fields(input);
    const status = current.status === "active" || input.activate ? "active" : "draft";
    if (status === "active") requireComplete(values);
    assertOpenWorkplace(tx, companyId, input.workplaceId);
    const result = tx
      .update(tasks)
      .set({ ...values, status, version: current.version + 1, updatedAt: ctx.now })
      .where(and(eq(tasks.id, current.id), eq(tasks.version, input.version)))
      .run();
    if (result.changes === 0) throw conflict("error.task.conflict");
    recordAudit(tx, ctx, status !== current.status ? "task.activated" : "task.updated", { type: "task", id: current.id }, { title: values.title, status });
  });
}

const EVENTS = { activate: "task.activated", archive: "task.archived", restore: "task.restored" } as const;

export function transitionTask(ctx: Ctx, input: { taskId: number; command: TaskCommand; version: number }): void {
  const companyId = companyOf(ctx);
  ctx.db.transaction((tx) => {
    const current = ownTask(tx, companyId, input.taskId, input.version);
    if (!canTransition(input.command, current.status)) throw conflict("error.task.transition");
    let to: TaskStatus = TASK_TRANSITIONS[input.command].to;
    if (requires(input.command, "complete")) requireComplete(current);
    if (requires(input.command, "completeOrDraft") && Object.keys(completenessErrors(current)).length > 0) to = "draft";
    tx.update(tasks)
      .set({ status: to, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(tasks.id, current.id))
      .run();
    recordAudit(tx, ctx, EVENTS[input.command], { type: "task", id: current.id }, { title: current.title, from: current.status, to });
  });
}

/**
 * The task finder's picks become tasks, prefilled from the catalogue in the user's language
 * and placed at the given workplace: drafts for HR to adapt, or — with `activate` — active at
 * once, which a catalogue task placed at a workplace is complete enough for (checked anyway).
 */
export function createTasksFromCatalogue(
  ctx: Ctx,
  input: { keys: string[]; workplaceId: number | null; locale: Locale; activate?: boolean },
): number[] {
  const companyId = companyOf(ctx);
  if (input.keys.length === 0) throw invalid("error.finder.pickOne", "keys");
  return ctx.db.transaction((tx) => {
    if (input.workplaceId !== null) assertOpenWorkplace(tx, companyId, input.workplaceId);
    const entries = tx.select().from(catalogueTasks).where(inArray(catalogueTasks.key, input.keys)).all();
    if (entries.length !== new Set(input.keys).size) throw invalid("error.finder.unknownTask", "keys");
    const en = input.locale === "en";
    const status = input.activate ? "active" : "draft";
    return entries.map((e) => {
      const values = {
        workplaceId: input.workplaceId,
        title: en ? e.titleEn : e.titleDa,
        description: en ? e.descriptionEn : e.descriptionDa,
        relievedRole: en ? e.relievedRoleEn : e.relievedRoleDa,
        hoursFreed: e.hoursPerWeek,
        frequency: e.frequency,
        learningTime: e.learningTime,
        physical: e.physical,
        social: e.social,
        language: e.language,
        pace: e.pace,
        precision: e.precision,
        adaptations: e.adaptations,
      };
      if (input.activate) requireComplete(values);
      const row = tx
        .insert(tasks)
        .values({ ...values, companyId, status, catalogueKey: e.key, createdAt: ctx.now, updatedAt: ctx.now })
        .returning()
        .get();
      recordAudit(tx, ctx, "task.created", { type: "task", id: row.id }, { title: row.title, status, catalogueKey: e.key });
      return row.id;
    });
  });
}
