/**
 * Nearest first reads the slot's workplace's postcode kept on the slot (triggers on the slot's
 * workplace and on the workplace's postcode): after creation, a move to another workplace, a
 * workplace's new postcode (command and SQL) it equals the workplace's, and without each trigger
 * it would not; nearest first's pages themselves are compared with the old code in
 * board-shapes.test.ts and board-paging.test.ts.
 *
 * The board's demand filters read each demand's highest level over a slot's tasks from the slot
 * (migration 0020, decision 060), kept by triggers on `slot_tasks` and on the tasks' demands.
 * - Every path that changes which tasks a slot has or what a task demands leaves the kept levels
 *   equal to a fresh computation: slot creation, edit (tasks added and removed), copy, deletion
 *   of a draft, a task's edit while on slots, and direct SQL on both tables; without each
 *   trigger one of them goes stale (so the test would notice a trigger dropped).
 * - The filter finds exactly what the old probe of every slot's tasks found (tests/board-before.ts),
 *   for every combination of the five demands at every level, and for random combinations with
 *   other filters, sorts and pages, over slots with no tasks, tasks without demands and up to
 *   three tasks each.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { slots, slotTasks, tasks, workplaces } from "~/db/schema";
import { addWorkplace, updateWorkplace } from "~/domain/companies/commands.server";
import { updateSlot } from "~/domain/slots/commands.server";
import { copySlot, deleteDraftSlot } from "~/domain/slots/draft-commands.server";
import { searchBoard } from "~/domain/slots/queries.server";
import { updateTask } from "~/domain/tasks/commands.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import { DEMANDS } from "~/domain/tasks/vocabulary";
import { parseBoardFilters } from "~/http/filters/board";
import { searchBoardBefore } from "../board-before";
import { ctxFor, makeSlot, makeTask, makeWorld, slotInputFor, slotVersion } from "../factories";
import { slotsWithStaleDemands, slotsWithStalePostcode } from "../slot-demands";

let w: Awaited<ReturnType<typeof makeWorld>>;
const pool: number[] = [];
const open: number[] = [];

/** A small deterministic generator, so a failure can be repeated. */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

/**
 * For each trigger: dropped inside a savepoint, its path leaves something `stale` finds; rolled
 * back, the trigger is there again and nothing is stale.
 */
function expectEachTriggerNeeded(paths: Record<string, () => void>, stale: (db: ReturnType<typeof getDb>) => unknown[]) {
  const db = getDb();
  for (const [trigger, path] of Object.entries(paths)) {
    db.run(sql`savepoint without_trigger`);
    try {
      db.run(sql.raw(`drop trigger ${trigger}`));
      path();
      expect(stale(db).length, trigger).toBeGreaterThan(0);
    } finally {
      db.run(sql`rollback to without_trigger`);
      db.run(sql`release without_trigger`);
    }
    expect(stale(db), `${trigger} back`).toEqual([]);
  }
}

const taskVersion = (id: number) => getDb().select({ v: tasks.version }).from(tasks).where(eq(tasks.id, id)).get()!.v;
const level = (n: number) => String(1 + (n % 3));

beforeAll(async () => {
  w = await makeWorld();
  const db = getDb();
  const r = rng(60);
  for (let i = 0; i < 12; i++) {
    pool.push(
      makeTask(w.hr, { workplaceId: String(w.workplaceA.id), title: `Opgave ${i}`, physical: level(r(3)), social: level(r(3)), language: level(r(3)), pace: level(r(3)), precision: level(r(3)) }),
    );
  }
  // Some tasks state no demand of one kind or of any.
  db.update(tasks).set({ physical: null }).where(eq(tasks.id, pool[0]!)).run();
  db.update(tasks).set({ physical: null, social: null, language: null, pace: null, precision: null }).where(eq(tasks.id, pool[1]!)).run();
  for (let i = 0; i < 16; i++) {
    const taskIds = [...new Set(Array.from({ length: 1 + r(3) }, () => pool[r(pool.length)]!))];
    // Hours as makeOpenSlot's, so sixteen fit the workplace's meter.
    const over = { title: `Praktik ${i}`, workplaceId: w.workplaceA.id, taskIds, mentorUserId: w.mentor.id, startHours: 8, targetHours: 12, workingDays: ["mon", "tue", "wed"] as const, dayEnd: "12:00" };
    open.push(await makeSlot({ hr: w.hr, consultant: w.consultant, status: "open", over: { ...over, workingDays: [...over.workingDays] } }));
  }
  // Slots without tasks.
  db.delete(slotTasks).where(eq(slotTasks.slotId, open[0]!)).run();
  db.delete(slotTasks).where(eq(slotTasks.slotId, open[1]!)).run();
});

describe("the slots' kept demand levels", () => {
  it("equal a fresh computation after every path that changes a slot's tasks or a task's demands", async () => {
    const db = getDb();
    const hr = ctxFor(w.hr);
    const kept = (step: string) => expect(slotsWithStaleDemands(db), step).toEqual([]);
    kept("slots created, tasks deleted by SQL");
    expect(db.all(sql`select count(*) as n from slots where max_physical > 0`)).not.toEqual([{ n: 0 }]);

    // Edit: tasks added and removed through the command.
    const edited = open[5]!;
    updateSlot(hr, { ...slotInputFor(w.hr, { workplaceId: w.workplaceA.id, taskIds: [pool[2]!, pool[3]!, pool[4]!], mentorUserId: w.mentor.id }), slotId: edited, version: slotVersion(edited) });
    kept("slot edited, three tasks");
    updateSlot(hr, { ...slotInputFor(w.hr, { workplaceId: w.workplaceA.id, taskIds: [pool[1]!], mentorUserId: w.mentor.id }), slotId: edited, version: slotVersion(edited) });
    kept("slot edited, one task without demands");

    // A task's edit while it is on slots, up and down.
    const shared = pool[6]!;
    for (const physical of ["3", "1", "2"]) {
      updateTask(hr, {
        ...draftTaskInput.parse({ title: "Opgave 6", description: "Vaske bageplader og forme efter morgenbagningen hver dag.", workplaceId: String(w.workplaceA.id), relievedRole: "Bager", hoursFreed: "5", frequency: "daily", learningTime: "days", physical, social: "3", language: "1", pace: physical, precision: "2" }),
        taskId: shared,
        version: taskVersion(shared),
        activate: true,
      });
      kept(`task edited, physical ${physical}`);
    }

    // Copy, and deletion of a draft.
    const copy = copySlot(hr, { slotId: open[7]!, title: "Kopi" });
    kept("slot copied");
    deleteDraftSlot(hr, { slotId: copy, version: slotVersion(copy) });
    kept("draft deleted");
    const draft = await makeSlot({ hr: w.hr, over: { workplaceId: w.workplaceA.id, taskIds: [pool[9]!, pool[10]!] } });
    kept("draft created");
    deleteDraftSlot(hr, { slotId: draft, version: slotVersion(draft) });
    kept("draft deleted");

    // Direct SQL on both tables.
    db.insert(slotTasks).values({ slotId: open[0]!, taskId: pool[11]! }).run();
    kept("slot_tasks row inserted");
    db.update(slotTasks).set({ taskId: pool[1]! }).where(eq(slotTasks.slotId, open[0]!)).run();
    kept("slot_tasks row given another task");
    db.update(slotTasks).set({ slotId: open[1]! }).where(eq(slotTasks.slotId, open[0]!)).run();
    kept("slot_tasks row moved to another slot");
    db.update(tasks).set({ precision: 3, language: null }).where(eq(tasks.id, pool[1]!)).run();
    kept("task's demands set by SQL");
    db.update(tasks).set({ title: "Uden krav" }).run();
    kept("tasks updated without demands");
    db.delete(slotTasks).where(eq(slotTasks.slotId, open[1]!)).run();
    kept("slot_tasks rows deleted");
  });

  it("goes stale without any one of the four triggers", () => {
    const db = getDb();
    const paths: Record<string, () => void> = {
      slot_demands_slot_tasks_insert: () => db.insert(slotTasks).values({ slotId: open[0]!, taskId: pool[5]! }).run(),
      slot_demands_slot_tasks_delete: () => db.delete(slotTasks).where(eq(slotTasks.slotId, open[3]!)).run(),
      slot_demands_slot_tasks_update: () => db.update(slotTasks).set({ slotId: open[0]! }).where(eq(slotTasks.slotId, open[4]!)).run(),
      slot_demands_tasks_update: () => db.update(tasks).set({ physical: 3, social: 3, language: 3, pace: 3, precision: 3 }).run(),
    };
    expectEachTriggerNeeded(paths, slotsWithStaleDemands);
  });
});

describe("the board's demand filters from the kept levels", () => {
  const ids = (p: { total: number; rows: { id: number }[] }) => ({ total: p.total, ids: p.rows.map((r) => r.id) });

  it("find what the old probe of every slot's tasks found, for every combination of demands and levels", () => {
    const ctx = ctxFor(w.consultant);
    let narrowed = 0;
    // 4^5 combinations: each demand absent or at level 1, 2 or 3.
    for (let c = 0; c < 4 ** DEMANDS.length; c++) {
      const search = new URLSearchParams();
      DEMANDS.forEach((d, i) => {
        const v = Math.floor(c / 4 ** i) % 4;
        if (v) search.set(`max_${d}`, String(v));
      });
      const filters = { ...parseBoardFilters(search), page: 1 };
      const before = ids(searchBoardBefore(ctx, filters, 100));
      expect(ids(searchBoard(ctx, filters, 100)), search.toString()).toEqual(before);
      if (before.total > 0 && before.total < open.length) narrowed++;
    }
    expect(narrowed).toBeGreaterThan(300);
  });

  it("find the same with other filters, every sort and pages from either end", () => {
    const ctx = ctxFor(w.consultant);
    const r = rng(2026);
    const others = ["", "kind=praktik", "withoutProposal=1", "hours=10", "q=Praktik", "q=ak", "postcode=8000&radius=300", "access=quiet_place", "day=mon&day=tue&day=wed"];
    for (let k = 0; k < 300; k++) {
      const search = new URLSearchParams(others[r(others.length)]);
      for (const d of DEMANDS) if (r(3) === 0) search.set(`max_${d}`, String(1 + r(3)));
      search.set("sort", ["start", "newest", "oldest", "hours", "distance"][r(5)]!);
      const pageSize = [2, 3, 5][r(3)]!;
      const filters = { ...parseBoardFilters(search), page: 1 + r(8) };
      expect(ids(searchBoard(ctx, filters, pageSize)), `${search} page ${filters.page} of ${pageSize}`).toEqual(ids(searchBoardBefore(ctx, filters, pageSize)));
    }
  });
});

describe("the slots' kept workplace postcode", () => {
  it("equals the workplace's postcode after creation, a move, a workplace's new postcode, and goes stale without any one of its triggers", () => {
    const db = getDb();
    const hr = ctxFor(w.hr);
    const kept = (step: string) => expect(slotsWithStalePostcode(db), step).toEqual([]);
    kept("slots created");
    const version = () => db.select({ v: workplaces.version }).from(workplaces).where(eq(workplaces.id, w.workplaceA.id)).get()!.v;
    const input = { pNumber: w.workplaceA.pNumber, name: w.workplaceA.name, address: w.workplaceA.address, city: w.workplaceA.city, ordinaryFte: w.workplaceA.ordinaryFte };
    updateWorkplace(hr, { ...input, postcode: "8000", workplaceId: w.workplaceA.id, version: version() });
    kept("workplace moved to 8000 (command)");
    const other = addWorkplace(hr, { pNumber: "1234567890", name: "Filialen", address: "Vej 2", postcode: "9000", city: "Aalborg", ordinaryFte: 40 });
    db.update(slots).set({ workplaceId: other }).where(eq(slots.id, open[2]!)).run();
    kept("slot moved to another workplace (SQL)");
    db.update(workplaces).set({ postcode: "1552" }).where(eq(workplaces.id, other)).run();
    kept("workplace's postcode by SQL");
    expect(db.all(sql`select count(*) as n from slots where workplace_postcode = '1552'`)).toEqual([{ n: 1 }]);

    const paths: Record<string, () => void> = {
      slot_postcode_slot_insert: () => {
        const columns = sql.raw("company_id, jobcentre_id, workplace_id, kind, title, purpose, start_date, length_weeks, start_hours, target_hours, working_days, day_start, day_end, mentor_user_id, seats, updated_at");
        db.run(sql`insert into slots (${columns}) select ${columns} from slots where id = ${open[3]!}`);
      },
      slot_postcode_slot_update: () => db.update(slots).set({ workplaceId: w.workplaceA.id }).where(eq(slots.id, open[2]!)).run(),
      slot_postcode_workplace_update: () => db.update(workplaces).set({ postcode: "2100" }).where(eq(workplaces.id, other)).run(),
    };
    expectEachTriggerNeeded(paths, slotsWithStalePostcode);
  });
});
