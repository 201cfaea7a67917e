import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, tasks } from "~/db/schema";
import { DomainError } from "~/domain/errors";
import { createTask, createTasksFromCatalogue, IncompleteTask, transitionTask, updateTask } from "~/domain/tasks/commands.server";
import { getTask, hoursRelieved, listTasks } from "~/domain/tasks/queries.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import { call } from "../http";
import { ctxFor, makeWorld, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

function complete(over: Record<string, unknown> = {}) {
  return draftTaskInput.parse({
    title: "Opvask af bageplader",
    description: "Vaske bageplader og forme efter morgenbagningen, så bagerne kan gå videre.",
    workplaceId: String(w.workplaceA.id),
    relievedRole: "Bager",
    hoursFreed: "6",
    frequency: "daily",
    learningTime: "days",
    physical: "2",
    social: "1",
    language: "1",
    pace: "2",
    precision: "1",
    adaptations: ["fixed_routines"],
    ...over,
  });
}
const taskCount = () => getDb().select({ n: count() }).from(tasks).get()!.n;

describe("creating and activating tasks", () => {
  it("saves a half-filled draft, and refuses to activate it with every missing field named", () => {
    const id = createTask(ctxFor(w.hr), { ...draftTaskInput.parse({ title: "Sortering af post" }), activate: false });
    const task = getTask(ctxFor(w.hr), id);
    expect(task.status).toBe("draft");
    try {
      transitionTask(ctxFor(w.hr), { taskId: id, command: "activate", version: task.version });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IncompleteTask);
      expect(Object.keys((e as IncompleteTask).fieldErrors)).toContain("hoursFreed");
    }
    expect(getTask(ctxFor(w.hr), id).status).toBe("draft");
  });

  it("creates an active task in one step when it is complete, and counts its hours", () => {
    const before = hoursRelieved(ctxFor(w.hr), w.companyA.id).hours;
    const id = createTask(ctxFor(w.hr), { ...complete(), activate: true });
    expect(getTask(ctxFor(w.hr), id).status).toBe("active");
    expect(hoursRelieved(ctxFor(w.hr), w.companyA.id).hours).toBe(before + 6);
  });

  it("refuses to activate an incomplete new task and saves nothing", () => {
    const before = taskCount();
    expect(() => createTask(ctxFor(w.hr), { ...complete({ hoursFreed: undefined }), activate: true })).toThrow(IncompleteTask);
    expect(taskCount()).toBe(before);
  });

  it("refuses a workplace of another company", () => {
    expect(() => createTask(ctxFor(w.hr), { ...complete({ workplaceId: String(w.workplaceB.id) }), activate: false })).toThrow(
      expect.objectContaining({ field: "workplaceId" }),
    );
  });

  it("archives and restores, never deletes, and audits each step", () => {
    const id = createTask(ctxFor(w.hr), { ...complete(), activate: true });
    transitionTask(ctxFor(w.hr), { taskId: id, command: "archive", version: 1 });
    expect(getTask(ctxFor(w.hr), id).status).toBe("archived");
    transitionTask(ctxFor(w.hr), { taskId: id, command: "restore", version: 2 });
    expect(getTask(ctxFor(w.hr), id).status).toBe("active");
    const events = getDb().select().from(auditLog).where(eq(auditLog.subjectId, id)).all().filter((a) => a.subjectType === "task");
    expect(events.map((e) => e.event)).toEqual(["task.created", "task.archived", "task.restored"]);
  });

  it("restores an archived task that is no longer complete as a draft, not as active", () => {
    const id = createTask(ctxFor(w.hr), { ...draftTaskInput.parse({ title: "Halvfærdig opgave" }), activate: false });
    transitionTask(ctxFor(w.hr), { taskId: id, command: "archive", version: 1 });
    transitionTask(ctxFor(w.hr), { taskId: id, command: "restore", version: 2 });
    expect(getTask(ctxFor(w.hr), id).status).toBe("draft");
  });

  it("refuses a change the table does not allow (archiving twice) and keeps the task as it was", () => {
    const id = createTask(ctxFor(w.hr), { ...complete(), activate: true });
    transitionTask(ctxFor(w.hr), { taskId: id, command: "archive", version: 1 });
    expect(() => transitionTask(ctxFor(w.hr), { taskId: id, command: "archive", version: 2 })).toThrow(
      expect.objectContaining({ kind: "conflict", messageKey: "error.task.transition" }),
    );
    expect(getTask(ctxFor(w.hr), id)).toMatchObject({ status: "archived", version: 2 });
  });
});

describe("two people editing the same task", () => {
  it("refuses the second save instead of overwriting the first", () => {
    const id = createTask(ctxFor(w.hr), { ...complete(), activate: true });
    const seenByBoth = getTask(ctxFor(w.hr), id).version;
    updateTask(ctxFor(w.hr), { ...complete({ title: "Første udgave" }), taskId: id, version: seenByBoth, activate: false });
    expect(() =>
      updateTask(ctxFor(w.hr), { ...complete({ title: "Anden udgave" }), taskId: id, version: seenByBoth, activate: false }),
    ).toThrow(expect.objectContaining({ kind: "conflict", messageKey: "error.task.conflict" }));
    expect(getTask(ctxFor(w.hr), id).title).toBe("Første udgave");
  });

  it("the edit page answers 409 and gives the user's input back", async () => {
    const id = createTask(ctxFor(w.hr), { ...complete(), activate: true });
    updateTask(ctxFor(w.hr), { ...complete({ title: "Kollegaens udgave" }), taskId: id, version: 1, activate: false });
    const { action } = await import("~/routes/company/tasks/edit");
    const result = await call(action as never, {
      url: `/company/tasks/${id}/edit`,
      params: { taskId: String(id) },
      cookie: sessionCookieFor(w.hr.id),
      form: { title: "Min udgave", description: "En beskrivelse der er lang nok til at være gyldig.", version: "1", intent: "save" },
    });
    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({ errors: { _form: "error.task.conflict" }, values: { title: "Min udgave" } });
  });
});

describe("the task finder's picks", () => {
  it("become prefilled drafts in the user's language", () => {
    const ids = createTasksFromCatalogue(ctxFor(w.hr), {
      keys: ["bakery-wash-trays", "retail-restock-shelves"],
      workplaceId: w.workplaceA.id,
      locale: "da",
    });
    expect(ids).toHaveLength(2);
    const first = getTask(ctxFor(w.hr), ids[0]!);
    expect(first).toMatchObject({ status: "draft", catalogueKey: expect.any(String), workplaceId: w.workplaceA.id });
    expect(first.hoursFreed).toBeGreaterThan(0);
  });

  it("can be created active in one go, and read as untouched until HR changes them", () => {
    const [id] = createTasksFromCatalogue(ctxFor(w.hr), { keys: ["bakery-pack-bread"], workplaceId: w.workplaceA.id, locale: "da", activate: true });
    const created = getTask(ctxFor(w.hr), id!);
    expect(created).toMatchObject({ status: "active", finderOrigin: "untouched" });
    updateTask(ctxFor(w.hr), {
      taskId: id!,
      version: created.version,
      activate: false,
      title: created.title,
      description: created.description!,
      department: "Pakkeriet",
      workplaceId: created.workplaceId!,
      relievedRole: created.relievedRole!,
      hoursFreed: created.hoursFreed!,
      frequency: created.frequency!,
      learningTime: created.learningTime!,
      physical: created.physical!,
      social: created.social!,
      language: created.language!,
      pace: created.pace!,
      precision: created.precision!,
      adaptations: created.adaptations,
    });
    expect(getTask(ctxFor(w.hr), id!).finderOrigin).toBe("adapted");
  });

  it("refuses to activate without a workplace, and creates nothing", () => {
    const before = taskCount();
    expect(() => createTasksFromCatalogue(ctxFor(w.hr), { keys: ["bakery-label-products"], workplaceId: null, locale: "da", activate: true })).toThrow(DomainError);
    expect(taskCount()).toBe(before);
  });

  it("refuses an unknown catalogue key and creates nothing", () => {
    const before = taskCount();
    expect(() => createTasksFromCatalogue(ctxFor(w.hr), { keys: ["bakery-wash-trays", "findes-ikke"], workplaceId: w.workplaceA.id, locale: "da" })).toThrow(
      DomainError,
    );
    expect(taskCount()).toBe(before);
  });
});

describe("who sees which tasks", () => {
  it("a mentor sees only active tasks and cannot write", () => {
    const draftId = createTask(ctxFor(w.hr), { ...draftTaskInput.parse({ title: "Hemmelig kladde" }), activate: false });
    const seen = listTasks(ctxFor(w.mentor), w.companyA.id, { page: 1 });
    expect(seen.rows.every((r) => r.status === "active")).toBe(true);
    expect(() => getTask(ctxFor(w.mentor), draftId)).toThrow(expect.objectContaining({ kind: "not_found" }));
    expect(() => createTask(ctxFor(w.mentor), { ...complete(), activate: true })).toThrow(expect.objectContaining({ kind: "forbidden" }));
  });

  it("a consultant of the home jobcentre reads them, filtered; one of another jobcentre does not", () => {
    const result = listTasks(ctxFor(w.consultant), w.companyA.id, { page: 1, maxDemand: { physical: 2 }, q: "bageplader" });
    expect(result.total).toBeGreaterThan(0);
    expect(result.rows.every((r) => r.status !== "draft")).toBe(true);
    expect(() => listTasks(ctxFor(w.consultantOther), w.companyA.id, { page: 1 })).toThrow(expect.objectContaining({ kind: "not_found" }));
    expect(() => listTasks(ctxFor(w.hrOther), w.companyA.id, { page: 1 })).toThrow(expect.objectContaining({ kind: "not_found" }));
  });

  it("HR of another company cannot change a task", () => {
    const id = createTask(ctxFor(w.hr), { ...complete(), activate: true });
    expect(() => transitionTask(ctxFor(w.hrOther), { taskId: id, command: "archive", version: 1 })).toThrow(
      expect.objectContaining({ kind: "not_found" }),
    );
  });
});
