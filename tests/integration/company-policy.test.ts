/**
 * One policy for what a company may do while pending, verified or rejected (issue 8, item 7):
 * commands refuse, and the slot page offers only what the command will accept.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { companies, notifications, outbox } from "~/db/schema";
import { requestCompanyReview } from "~/domain/companies/review-request.server";
import { mailsTo } from "../mail";
import { addWorkplace, decideCompany, updateCompanyProfile } from "~/domain/companies/commands.server";
import { createSlot, transitionSlot } from "~/domain/slots/commands.server";
import { requestRepresentative } from "~/domain/slots/representative.server";
import { createTask, transitionTask } from "~/domain/tasks/commands.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import { inviteColleague } from "~/domain/users/commands.server";
import { ctxFor, expectAudit, makeCompany, makeJobcentre, makeSlot, makeTask, makeUser, slotInputFor, slotVersion } from "../factories";

const link = () => "http://localhost/x";
let jcId: number;
let consultant: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  jcId = (await makeJobcentre()).id;
  consultant = await makeUser("consultant", { jobcentreId: jcId });
});

async function companyIn(status: "pending" | "verified") {
  return makeCompany(jcId, { status });
}

const forbiddenWith = (messageKey: string) => expect.objectContaining({ kind: "forbidden", messageKey });

describe("a pending company", () => {
  it("prepares tasks and slot drafts while it waits", async () => {
    const { hr } = await companyIn("pending");
    const id = createSlot(ctxFor(hr), slotInputFor(hr));
    expect(id).toBeGreaterThan(0);
  });

  it("cannot make Fodfæste e-mail anyone: no representative links, no invitations", async () => {
    const { hr } = await companyIn("pending");
    const id = createSlot(ctxFor(hr), slotInputFor(hr));
    const before = getDb().select().from(outbox).all().length;
    expect(() =>
      requestRepresentative(ctxFor(hr), { slotId: id, version: slotVersion(id), repName: "Rep", repEmail: "hvemsomhelst@example.com", link }),
    ).toThrow(forbiddenWith("error.company.notVerifiedContact"));
    expect(() => inviteColleague(ctxFor(hr), { name: "Ny Kollega", email: "nogen@example.com", role: "mentor", locale: "da", link })).toThrow(
      forbiddenWith("error.company.notVerifiedContact"),
    );
    expect(getDb().select().from(outbox).all().length).toBe(before);
  });

  it("may do all of it once the jobcentre verifies it", async () => {
    const { company, hr } = await companyIn("pending");
    decideCompany(ctxFor(consultant), { companyId: company.id, decision: "verified" });
    inviteColleague(ctxFor(hr), { name: "Ny Kollega", email: `mentor-${company.id}@example.com`, role: "mentor", locale: "da", link });
    expect(await makeSlot({ hr, status: "submitted" })).toBeGreaterThan(0);
  });
});

describe("a rejected company", () => {
  async function rejected() {
    const { company, workplace, hr } = await companyIn("pending");
    // Prepared while pending, then rejected.
    const taskId = makeTask(hr);
    const slotId = createSlot(ctxFor(hr), slotInputFor(hr, { taskIds: [taskId] }));
    decideCompany(ctxFor(consultant), { companyId: company.id, decision: "rejected", reason: "Ikke en rigtig virksomhed." });
    return { company, workplace, hr, taskId, slotId };
  }

  it("may correct the details the jobcentre verifies (profile, workplaces), but not change its tasks or slots", async () => {
    const { company, hr, taskId, slotId } = await rejected();
    const readOnly = forbiddenWith("error.company.readOnly");
    const version = getDb().select({ v: companies.version }).from(companies).where(eq(companies.id, company.id)).get()!.v;
    updateCompanyProfile(ctxFor(hr), { name: "Rettet Navn ApS", industry: "retail", version });
    expect(getDb().select({ name: companies.name }).from(companies).where(eq(companies.id, company.id)).get()!.name).toBe("Rettet Navn ApS");
    addWorkplace(ctxFor(hr), { pNumber: "1234567890", name: "Ny", address: "Vej 1", postcode: "8000", city: "Aarhus C", ordinaryFte: 3 });
    expect(() => createTask(ctxFor(hr), { ...draftTaskInput.parse({ title: "Kladde" }), activate: false })).toThrow(readOnly);
    expect(() => transitionTask(ctxFor(hr), { taskId, command: "archive", version: 1 })).toThrow(readOnly);
    expect(() => createSlot(ctxFor(hr), slotInputFor(hr, { taskIds: [taskId] }))).toThrow(readOnly);
    expect(() => transitionSlot(ctxFor(hr), { slotId, command: "withdraw", version: slotVersion(slotId) })).toThrow(readOnly);
  });

  it("cannot invite or send representative links", async () => {
    const { hr, slotId } = await rejected();
    expect(() => inviteColleague(ctxFor(hr), { name: "Ny Kollega", email: "x@example.com", role: "mentor", locale: "da", link })).toThrow(
      expect.objectContaining({ kind: "forbidden" }),
    );
    expect(() =>
      requestRepresentative(ctxFor(hr), { slotId, version: slotVersion(slotId), repName: "Rep", repEmail: "x@example.com", link }),
    ).toThrow(expect.objectContaining({ kind: "forbidden" }));
  });
});

describe("the slot page offers only what the policy allows", () => {
  async function slotPage(hr: Awaited<ReturnType<typeof makeUser>>, slotId: number) {
    const { call } = await import("../http");
    const { sessionCookieFor } = await import("../factories");
    const mod = await import("~/routes/company/slots/detail");
    const result = await call(mod.loader as Parameters<typeof call>[0], {
      url: `/company/slots/${slotId}`,
      params: { slotId: String(slotId) },
      cookie: sessionCookieFor(hr.id),
    });
    return result.body as { commands: string[]; canAskRep: boolean; canEdit: boolean };
  }

  it("pending: edit, but neither submit nor representative", async () => {
    const { hr } = await companyIn("pending");
    const id = createSlot(ctxFor(hr), slotInputFor(hr));
    const page = await slotPage(hr, id);
    expect(page).toMatchObject({ canEdit: true, canAskRep: false });
    expect(page.commands).not.toContain("submit");
    expect(page.commands).toContain("withdraw");
  });

  it("verified: the representative first, then submit", async () => {
    const { hr } = await companyIn("verified");
    const id = createSlot(ctxFor(hr), slotInputFor(hr));
    expect(await slotPage(hr, id)).toMatchObject({ canEdit: true, canAskRep: true });
    const ready = await makeSlot({ hr, status: "rep_confirmed" });
    const page = await slotPage(hr, ready);
    expect(page.canAskRep).toBe(false);
    expect(page.commands).toContain("submit");
  });

  it("rejected: nothing but reading", async () => {
    const { company, hr } = await companyIn("pending");
    const id = createSlot(ctxFor(hr), slotInputFor(hr));
    decideCompany(ctxFor(consultant), { companyId: company.id, decision: "rejected", reason: "Ikke relevant." });
    expect(await slotPage(hr, id)).toMatchObject({ canEdit: false, canAskRep: false, commands: [] });
  });
});

describe("the company's pages offer only what the policy allows", () => {
  async function load(path: string, module: () => Promise<{ loader?: unknown }>, userId: number) {
    const { call } = await import("../http");
    const { sessionCookieFor } = await import("../factories");
    const mod = await module();
    const result = await call(mod.loader as Parameters<typeof call>[0], { url: path, cookie: sessionCookieFor(userId) });
    expect(result.status).toBe(200);
    return result.body as Record<string, unknown>;
  }
  const colleagues = () => import("~/routes/company/colleagues");
  const tasks = () => import("~/routes/company/tasks/index");
  const slots = () => import("~/routes/company/slots/index");
  const workplaces = () => import("~/routes/company/workplaces");
  const profile = () => import("~/routes/company/profile");

  it("pending: prepare, manage colleagues, but no invitations", async () => {
    const { hr } = await companyIn("pending");
    expect(await load("/company/profile", profile, hr.id)).toMatchObject({ canEdit: true, canRequestReview: false });
    expect((await load("/company/colleagues", colleagues, hr.id)).can).toEqual({ manage: true, invite: false, revoke: true });
    expect(await load("/company/tasks", tasks, hr.id)).toMatchObject({ canCreate: true });
  });

  it("verified: everything", async () => {
    const { hr } = await companyIn("verified");
    expect((await load("/company/colleagues", colleagues, hr.id)).can).toEqual({ manage: true, invite: true, revoke: true });
  });

  it("rejected: no create buttons, no forms, no invitations", async () => {
    const { company, hr } = await companyIn("pending");
    decideCompany(ctxFor(consultant), { companyId: company.id, decision: "rejected", reason: "Ikke relevant." });
    expect((await load("/company/colleagues", colleagues, hr.id)).can).toEqual({ manage: false, invite: false, revoke: true });
    expect(await load("/company/tasks", tasks, hr.id)).toMatchObject({ canCreate: false });
    expect(await load("/company/slots", slots, hr.id)).toMatchObject({ canCreate: false });
    // …but its details can be corrected, and a new review asked for (issue 9.4).
    expect(await load("/company/workplaces", workplaces, hr.id)).toMatchObject({ canAdd: true });
    expect(await load("/company/profile", profile, hr.id)).toMatchObject({ canEdit: true, canRequestReview: true });
  });
});

describe("the forms to create are refused where the command would refuse (issue 9, jcux)", () => {
  async function status(path: string, module: () => Promise<{ loader?: unknown }>, userId: number) {
    const { call } = await import("../http");
    const { sessionCookieFor } = await import("../factories");
    const mod = await module();
    return (await call(mod.loader as Parameters<typeof call>[0], { url: path, cookie: sessionCookieFor(userId) })).status;
  }
  const newTask = () => import("~/routes/company/tasks/new");
  const newSlot = () => import("~/routes/company/slots/new");

  it("a pending company gets the new-task and new-slot forms; a rejected one is refused (403)", async () => {
    const { company, hr } = await companyIn("pending");
    expect(await status("/company/tasks/new", newTask, hr.id)).toBe(200);
    expect(await status("/company/slots/new", newSlot, hr.id)).toBe(200);
    decideCompany(ctxFor(consultant), { companyId: company.id, decision: "rejected", reason: "Ikke relevant." });
    expect(await status("/company/tasks/new", newTask, hr.id)).toBe(403);
    expect(await status("/company/slots/new", newSlot, hr.id)).toBe(403);
  });
});

describe("a rejected company asks for a new review (issue 9.4)", () => {
  it("is pending again, keeps the earlier reason, and every consultant of the jobcentre is told in the portal and by e-mail", async () => {
    const { company, hr } = await companyIn("pending");
    decideCompany(ctxFor(consultant), { companyId: company.id, decision: "rejected", reason: "CVR-nummeret passer ikke med navnet." });
    requestCompanyReview(ctxFor(hr), { note: "Navnet er rettet til det, der står i CVR.", link: (id) => `https://fodfaeste.test/jobcentre/companies/${id}` });
    const row = getDb().select().from(companies).where(eq(companies.id, company.id)).get()!;
    expect(row).toMatchObject({ status: "pending", rejectionReason: "CVR-nummeret passer ikke med navnet.", reviewRequestNote: "Navnet er rettet til det, der står i CVR." });
    const told = getDb().select().from(notifications).where(and(eq(notifications.userId, consultant.id), eq(notifications.kind, "companyReviewRequested"))).all();
    expect(told.map((n) => n.link)).toContain(`/jobcentre/companies/${company.id}`);
    // (The consultant was also told of each sign-up the factories made: scoped to this request's mail.)
    const mail = (await mailsTo(consultant.email)).filter((m) => m.subject === "En afvist virksomhed beder om en ny vurdering");
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain("Navnet er rettet til det, der står i CVR.");
    expectAudit("company.review_requested", { subjectId: company.id, companyId: company.id });
    // The consultant can decide again.
    decideCompany(ctxFor(consultant), { companyId: company.id, decision: "verified" });
    expect(getDb().select({ s: companies.status }).from(companies).where(eq(companies.id, company.id)).get()!.s).toBe("verified");
  });

  it("only a rejected company's HR can ask, once; pending and verified companies are refused", async () => {
    const { company, hr } = await companyIn("pending");
    const link = (id: number) => String(id);
    expect(() => requestCompanyReview(ctxFor(hr), { note: null, link })).toThrow(forbiddenWith("error.company.reviewNotNeeded"));
    decideCompany(ctxFor(consultant), { companyId: company.id, decision: "rejected", reason: "Ikke en rigtig virksomhed." });
    // (A rejected company has no mentor to ask: only a verified company may invite, and a
    // verified company is never rejected afterwards — decision 032.)
    requestCompanyReview(ctxFor(hr), { note: null, link });
    expect(() => requestCompanyReview(ctxFor(hr), { note: null, link })).toThrow(forbiddenWith("error.company.reviewNotNeeded"));
    const verified = await companyIn("verified");
    expect(() => requestCompanyReview(ctxFor(verified.hr), { note: null, link })).toThrow(forbiddenWith("error.company.reviewNotNeeded"));
  });
});
