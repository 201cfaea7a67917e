/**
 * The jobcentre's own pages (issue 9.11–9.12): the start page's work and the menu's counts,
 * the company page's slots, tasks and internal note, and back links that stay on the site.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, slots } from "~/db/schema";
import { companyOverviewForJobcentre } from "~/domain/companies/jobcentre-overview.server";
import { companyNoteInput } from "~/domain/companies/note";
import { companyNoteFor, setCompanyNote } from "~/domain/companies/note.server";
import { jobcentreWork, workCounts } from "~/domain/jobcentres/work.server";
import { daysWaiting } from "~/domain/shared/working-days";
import { backPath, withBack } from "~/http/back.server";
import { call, testContext } from "../http";
import { ctxFor, expectAudit, makeCompany, makeJobcentre, makeSlot, makeTask, makeUser, sessionCookieFor } from "../factories";

type User = Awaited<ReturnType<typeof makeUser>>;
let jcId: number;
let consultant: User;
let admin: User;
let hr: User;
let otherConsultant: User;
let companyId: number;
let pendingId: number;
let submittedId: number;
let openId: number;
let draftId: number;

beforeAll(async () => {
  jcId = (await makeJobcentre()).id;
  consultant = await makeUser("consultant", { jobcentreId: jcId });
  admin = await makeUser("jobcentre_admin", { jobcentreId: jcId });
  otherConsultant = await makeUser("consultant", { jobcentreId: (await makeJobcentre()).id });
  const { company } = await makeCompany(jcId, { fte: 40 });
  companyId = company.id;
  hr = await makeUser("company_admin", { companyId });
  pendingId = (await makeCompany(jcId, { status: "pending", at: new Date() })).company.id;
  submittedId = await makeSlot({ hr, status: "submitted" });
  openId = await makeSlot({ hr, status: "open", consultant });
  draftId = await makeSlot({ hr, status: "draft", over: { title: "Kladde ingen ser" } });
  makeTask(hr, { title: "Vaske bakker" });
  // The submitted slot has waited three days.
  getDb()
    .update(slots)
    .set({ submittedAt: new Date(Date.now() - 3 * 86_400_000) })
    .where(eq(slots.id, submittedId))
    .run();
});

describe("the jobcentre's start page (issue 9.11)", () => {
  it("counts what waits in its own jobcentre and names the oldest with its days", () => {
    const work = jobcentreWork(ctxFor(consultant));
    expect(work.companiesToVerify).toBe(1);
    expect(work.oldestCompany).toMatchObject({ id: pendingId, daysWaiting: 0 });
    expect(work.slotsToReview).toBe(1);
    expect(work.oldestSlot).toMatchObject({ id: submittedId, daysWaiting: 3 });
    expect(work.openSlots).toBe(1);
    expect(work.openWithoutProposal).toBe(1);
  });

  it("sees nothing of another jobcentre's work", () => {
    const work = jobcentreWork(ctxFor(otherConsultant));
    expect(work).toMatchObject({ companiesToVerify: 0, slotsToReview: 0, openSlots: 0, oldestSlot: null, oldestCompany: null });
  });

  it("counts calendar days in Danish time", () => {
    // 23:30 UTC on 1 December is 00:30 on 2 December in Denmark: sent today.
    expect(daysWaiting(new Date("2026-12-01T23:30:00Z"), new Date("2026-12-02T08:00:00Z"))).toBe(0);
    expect(daysWaiting(new Date("2026-12-01T22:30:00Z"), new Date("2026-12-02T08:00:00Z"))).toBe(1);
    expect(daysWaiting(new Date("2026-11-29T10:00:00Z"), new Date("2026-12-02T08:00:00Z"))).toBe(3);
  });

  it("puts the counts on the menu of the jobcentre's staff only", async () => {
    const { rootData } = await import("~/http/root-data.server");
    const staff = await call(rootData as Parameters<typeof call>[0], { url: "/jobcentre", cookie: sessionCookieFor(consultant.id), context: testContext() });
    const body = staff.body as { user: { navCounts: unknown; nav: { to: string; count?: string }[] } };
    expect(body.user.navCounts).toEqual(workCounts(getDb(), jcId));
    expect(body.user.nav.filter((i) => i.count).map((i) => [i.to, i.count])).toEqual([
      ["/jobcentre/verify", "companiesToVerify"],
      ["/jobcentre/review", "slotsToReview"],
    ]);
    const company = await call(rootData as Parameters<typeof call>[0], { url: "/company", cookie: sessionCookieFor(hr.id), context: testContext() });
    expect((company.body as { user: { navCounts: unknown } }).user.navCounts).toBeNull();
  });

  it("the start page's loader answers with the work", async () => {
    const mod = await import("~/routes/jobcentre/start");
    const result = await call(mod.loader as Parameters<typeof call>[0], { url: "/jobcentre", cookie: sessionCookieFor(consultant.id) });
    expect(result.status).toBe(200);
    expect((result.body as { work: { slotsToReview: number } }).work.slotsToReview).toBe(1);
  });
});

describe("the jobcentre's company page (issue 9.12)", () => {
  it("lists the slots the jobcentre can see with their latest events, and the active tasks", () => {
    const overview = companyOverviewForJobcentre(ctxFor(consultant), companyId);
    const ids = overview.slots.map((s) => s.id);
    expect(ids).toContain(submittedId);
    expect(ids).toContain(openId);
    expect(ids).not.toContain(draftId);
    const open = overview.slots.find((s) => s.id === openId)!;
    expect(open.status).toBe("open");
    expect(open.events[0]!.event).toBe("approve");
    expect(overview.tasks.map((t) => t.title)).toContain("Vaske bakker");
    expect(() => companyOverviewForJobcentre(ctxFor(otherConsultant), companyId)).toThrow(expect.objectContaining({ kind: "not_found" }));
  });

  it("keeps an internal note: written, changed with a version check, audited without its text", () => {
    const text = "Ring helst om formiddagen. Har god erfaring med unge i praktik.";
    setCompanyNote(ctxFor(consultant), { companyId, note: text, noteVersion: 0 });
    expect(companyNoteFor(ctxFor(admin), companyId)).toMatchObject({ note: text, version: 1, updatedByName: consultant.name });
    const row = expectAudit("company.note_updated", { subjectId: companyId, actorUserId: consultant.id, jobcentreId: jcId });
    expect(JSON.stringify(row.details ?? {})).not.toContain("formiddagen");
    // A colleague who opened the form before the save is told, not overwritten.
    expect(() => setCompanyNote(ctxFor(admin), { companyId, note: "Andet", noteVersion: 0 })).toThrow(
      expect.objectContaining({ kind: "conflict", messageKey: "error.companyNote.conflict" }),
    );
    setCompanyNote(ctxFor(admin), { companyId, note: null, noteVersion: 1 });
    expect(companyNoteFor(ctxFor(consultant), companyId)).toMatchObject({ note: null, version: 0 });
    expectAudit("company.note_updated", { subjectId: companyId, actorUserId: admin.id, details: { cleared: true } });
  });

  it("refuses a CPR number or a diagnosis in the note, and more than 1,000 characters", () => {
    const issue = (note: string) => companyNoteInput.safeParse({ note, noteVersion: "0" }).error?.issues[0]?.message;
    expect(issue("Kontakt 010190-1234 om sagen")).toBe("error.sensitive.cpr");
    expect(issue("Medarbejderen har depression")).toBe("error.sensitive.diagnosis");
    expect(issue("x".repeat(1001))).toBe("error.text.max1000");
    expect(companyNoteInput.safeParse({ note: "Gode til at tage imod nye.", noteVersion: "0" }).success).toBe(true);
  });

  it("is the jobcentre's only: another jobcentre, the company's HR and the company's pages never get it", async () => {
    setCompanyNote(ctxFor(consultant), { companyId, note: "Kun for jobcentret: hemmelig bemærkning", noteVersion: 0 });
    expect(() => setCompanyNote(ctxFor(otherConsultant), { companyId, note: "x", noteVersion: 1 })).toThrow(expect.objectContaining({ kind: "not_found" }));
    expect(() => companyNoteFor(ctxFor(hr), companyId)).toThrow(expect.objectContaining({ kind: "forbidden" }));
    expect(() => setCompanyNote(ctxFor(hr), { companyId, note: "x", noteVersion: 1 })).toThrow(expect.objectContaining({ kind: "forbidden" }));
    for (const [path, load] of [
      ["/company", () => import("~/routes/company/start")],
      ["/company/profile", () => import("~/routes/company/profile")],
    ] as const) {
      const mod = await load();
      const result = await call(mod.loader as Parameters<typeof call>[0], { url: path, cookie: sessionCookieFor(hr.id) });
      expect(result.status).toBe(200);
      expect(JSON.stringify(result.body)).not.toContain("hemmelig bemærkning");
    }
    const page = await import("~/routes/jobcentre/company");
    const staffView = await call(page.loader as Parameters<typeof call>[0], { url: `/jobcentre/companies/${companyId}`, params: { companyId: String(companyId) }, cookie: sessionCookieFor(consultant.id) });
    expect(JSON.stringify(staffView.body)).toContain("hemmelig bemærkning");
    // The audit row names the event, never the text.
    const rows = getDb().select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.companyId, companyId)).all();
    expect(JSON.stringify(rows)).not.toContain("hemmelig");
  });
});

describe("back links (issue 9.12)", () => {
  const request = (url: string, referer?: string) => new Request(`http://localhost${url}`, { headers: referer ? { referer } : {} });

  it("follow the page's ?back=, only on the site", () => {
    expect(backPath(request("/jobcentre/slots/4?back=/jobcentre/companies/7"), "/jobcentre/review")).toEqual({ href: "/jobcentre/companies/7", fromUser: true });
    for (const evil of ["//evil.test", "https://evil.test/x", "/\\evil.test", "javascript:alert(1)"]) {
      expect(backPath(request(`/jobcentre/slots/4?back=${encodeURIComponent(evil)}`), "/jobcentre/review")).toEqual({ href: "/jobcentre/review", fromUser: false });
    }
  });

  it("go back to the list the user came from, with its filters, but never to another detail page or the page itself", () => {
    expect(backPath(request("/jobcentre/companies/7", "http://localhost/jobcentre/verify?page=2"), "/jobcentre/companies").href).toBe("/jobcentre/verify?page=2");
    expect(backPath(request("/jobcentre/companies/7", "http://localhost/jobcentre/slots/4"), "/jobcentre/companies").href).toBe("/jobcentre/companies");
    expect(backPath(request("/jobcentre/companies/7", "http://evil.test/jobcentre/verify"), "/jobcentre/companies").href).toBe("/jobcentre/companies");
    expect(backPath(request("/jobcentre/companies/7?back=/jobcentre/companies/7"), "/jobcentre/companies").href).toBe("/jobcentre/companies");
  });

  it("carry where the user came from on to the next page", () => {
    expect(withBack("/jobcentre/slots/4", "/jobcentre/companies/7?back=%2Fjobcentre")).toBe("/jobcentre/slots/4?back=%2Fjobcentre%2Fcompanies%2F7%3Fback%3D%252Fjobcentre");
    expect(withBack("/jobcentre/slots/4?done=approve", "//evil.test")).toBe("/jobcentre/slots/4?done=approve");
  });
});
