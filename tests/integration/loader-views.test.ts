/**
 * Loaders return a view shaped for the role (issue 8.13): what a `.data` request returns is
 * exactly what the page may show. These read the loaders' output as JSON, as the browser
 * would get it.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { slots, users } from "~/db/schema";
import { createSlot, transitionSlot } from "~/domain/slots/commands.server";
import { requestRepresentative } from "~/domain/slots/representative.server";
import { danishToday } from "~/domain/slots/schema";
import { createTask } from "~/domain/tasks/commands.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import { call } from "../http";
import { ctxFor, makeWorld, sessionCookieFor } from "../factories";
import { lastMailTo } from "../mail";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let slotId: number;
let repToken: string;
const REP_EMAIL = "tillid-hemmelig@test.dk";
const MENTOR_FULL_NAME = "Mette Fuldnavn Mentorsen";
const version = (id: number) => getDb().select({ v: slots.version }).from(slots).where(eq(slots.id, id)).get()!.v;

beforeAll(async () => {
  w = await makeWorld();
  getDb().update(users).set({ name: MENTOR_FULL_NAME }).where(eq(users.id, w.mentor.id)).run();
  const taskId = createTask(ctxFor(w.hr), {
    ...draftTaskInput.parse({
      title: "Opvask",
      description: "Vaske bageplader og forme efter morgenbagningen hver dag.",
      workplaceId: String(w.workplaceA.id),
      relievedRole: "Bager",
      hoursFreed: "5",
      frequency: "daily",
      learningTime: "days",
      physical: "3",
      social: "1",
      language: "1",
      pace: "2",
      precision: "1",
    }),
    activate: true,
  });
  slotId = createSlot(ctxFor(w.hr), {
    kind: "praktik", title: "Praktik i bageriet", purposeKind: "job_goal", purpose: "Aflaste bagerne med opvask.", workplaceId: w.workplaceA.id,
    taskIds: [taskId], startDate: danishToday(new Date(Date.now() + 20 * 86_400_000)), lengthWeeks: 13, startHours: 10,
    targetHours: 10, steps: [], workingDays: ["mon", "tue", "wed"], dayStart: "08:00", dayEnd: "12:00",
    mentorUserId: w.mentor.id, seats: 1, accessibility: null, wishes: null,
  });
  requestRepresentative(ctxFor(w.hr), { slotId, version: version(slotId), repName: "Rikke Rep", repEmail: REP_EMAIL, link: (id, t) => `http://x/representative/${id}/${t}` });
  const mail = await lastMailTo(REP_EMAIL);
  repToken = /\/representative\/\d+\/(\w+)/.exec(mail.text)![1]!;
});

const json = (body: unknown) => JSON.stringify(body);

describe("the representative's page (anonymous, by link)", () => {
  it("holds the offer and nothing internal: no ids, e-mails, comments, history or the mentor's full name", async () => {
    const { loader } = await import("~/routes/representative");
    const result = await call(loader as never, { url: `/representative/${slotId}/${repToken}`, params: { slotId: String(slotId), token: repToken } });
    expect(result.status).toBe(200);
    const slot = (result.body as { slot: Record<string, unknown> }).slot;
    expect(slot.title).toBe("Praktik i bageriet");
    for (const key of ["id", "companyId", "jobcentreId", "workplaceId", "mentorUserId", "repEmail", "reviewComment", "repComment", "history", "mentorName", "version"]) {
      expect(slot, key).not.toHaveProperty(key);
    }
    expect(json(result.body)).not.toContain(REP_EMAIL);
    expect(json(result.body)).not.toContain(MENTOR_FULL_NAME);
    expect(json(result.body)).not.toMatch(/"id":/);
  });
});

describe("the jobcentre's slot page", () => {
  it("shows the slot for review without the representative's e-mail, the mentor's full name or internal ids", async () => {
    const db = getDb();
    db.update(slots).set({ repStatus: "confirmed" }).where(eq(slots.id, slotId)).run();
    transitionSlot(ctxFor(w.hr), { slotId, command: "submit", version: version(slotId) });
    const { loader } = await import("~/routes/jobcentre/slot");
    const result = await call(loader as never, { url: `/jobcentre/slots/${slotId}`, params: { slotId: String(slotId) }, cookie: sessionCookieFor(w.consultant.id) });
    expect(result.status).toBe(200);
    const slot = (result.body as { slot: Record<string, unknown> }).slot;
    expect(slot.title).toBe("Praktik i bageriet");
    expect(slot.mentorFirstName).toBe("Mette");
    for (const key of ["jobcentreId", "workplaceId", "mentorUserId", "repEmail", "repComment", "mentorName"]) expect(slot, key).not.toHaveProperty(key);
    expect(json(result.body)).not.toContain(REP_EMAIL);
    expect(json(result.body)).not.toContain(MENTOR_FULL_NAME);
  });
});

describe("the company's slot page", () => {
  it("gives HR the representative's contact, and a mentor not", async () => {
    const { loader } = await import("~/routes/company/slots/detail");
    const hr = await call(loader as never, { url: `/company/slots/${slotId}`, params: { slotId: String(slotId) }, cookie: sessionCookieFor(w.hr.id) });
    expect(json(hr.body)).toContain(REP_EMAIL);
    const mentor = await call(loader as never, { url: `/company/slots/${slotId}`, params: { slotId: String(slotId) }, cookie: sessionCookieFor(w.mentor.id) });
    expect(mentor.status).toBe(200);
    expect(json(mentor.body)).not.toContain(REP_EMAIL);
    expect((mentor.body as { slot: Record<string, unknown> }).slot).not.toHaveProperty("jobcentreId");
  });
});

describe("the jobcentre's company pages", () => {
  it("the company page and the list carry what they show, not the decision's internals", async () => {
    const { loader } = await import("~/routes/jobcentre/company");
    const result = await call(loader as never, { url: `/jobcentre/companies/${w.companyA.id}`, params: { companyId: String(w.companyA.id) }, cookie: sessionCookieFor(w.consultant.id) });
    expect(result.status).toBe(200);
    const body = result.body as { company: Record<string, unknown>; workplaces: { rows: Record<string, unknown>[] } };
    expect(body.company.name).toBe(w.companyA.name);
    for (const key of ["decidedByUserId", "jobcentreId", "version"]) expect(body.company, key).not.toHaveProperty(key);
    expect(body.workplaces.rows[0]).not.toHaveProperty("companyId");
    const list = await import("~/routes/jobcentre/companies");
    const listed = await call(list.loader as never, { url: "/jobcentre/companies", cookie: sessionCookieFor(w.consultant.id) });
    const rows = (listed.body as { result: { rows: Record<string, unknown>[] } }).result.rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(["createdAt", "cvr", "id", "industry", "name", "status"]);
  });

  it("a task seen by the jobcentre has no company-internal ids or version", async () => {
    const { tasks } = await import("~/db/schema");
    const taskId = getDb().select({ id: tasks.id }).from(tasks).where(eq(tasks.companyId, w.companyA.id)).get()!.id;
    const { loader } = await import("~/routes/jobcentre/company-task");
    const result = await call(loader as never, {
      url: `/jobcentre/companies/${w.companyA.id}/tasks/${taskId}`,
      params: { companyId: String(w.companyA.id), taskId: String(taskId) },
      cookie: sessionCookieFor(w.consultant.id),
    });
    expect(result.status).toBe(200);
    const task = (result.body as { task: Record<string, unknown> }).task;
    expect(task.title).toBe("Opvask");
    for (const key of ["companyId", "workplaceId", "version", "createdAt"]) expect(task, key).not.toHaveProperty(key);
  });
});
