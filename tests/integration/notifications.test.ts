import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, migrateDatabase, openDatabase } from "~/db/client.server";
import { notificationPreferences, notifications } from "~/db/schema";
import { decideCompany } from "~/domain/companies/commands.server";
import { DomainError } from "~/domain/errors";
import { markAllNotificationsRead, markNotificationRead, notifyUser, setEmailPreferences } from "~/domain/notifications/commands.server";
import { emailPreferences, listNotifications, unreadCount } from "~/domain/notifications/queries.server";
import { call, testContext } from "../http";
import { ctxFor, makeCompany, makeSlot, makeTask, makeUser, makeWorld, sessionCookieFor } from "../factories";
import { queuedFor } from "../mail";
import { translate } from "~/i18n/translate";

let world: Awaited<ReturnType<typeof makeWorld>>;

beforeAll(async () => {
  world = await makeWorld();
});

const notificationsOf = (userId: number) => getDb().select().from(notifications).where(eq(notifications.userId, userId)).all();
const route = () => import("~/routes/notifications");

describe("an event tells people in the portal and by e-mail", () => {
  it("approving a slot gives every HR person a notification linking to the slot, and an e-mail", async () => {
    const hr2 = await makeUser("company_admin", { companyId: world.companyA.id });
    const slotId = await makeSlot({ hr: world.hr, consultant: world.consultant, status: "open", over: { taskIds: [makeTask(world.hr)] } });
    for (const person of [world.hr, hr2]) {
      const mine = notificationsOf(person.id).filter((n) => n.link === `/company/slots/${slotId}`);
      expect(mine.map((n) => n.kind)).toContain("slotReviewed");
      expect(mine.find((n) => n.titleKey === "mail.slotApproved.subject")?.readAt).toBeNull();
      expect(queuedFor(person.email).some((m) => m.subjectKey === "mail.slotApproved.subject")).toBe(true);
    }
    // The mentor and other companies hear nothing of it.
    expect(notificationsOf(world.mentor.id).filter((n) => n.link === `/company/slots/${slotId}`)).toEqual([]);
    // (Scoped to this slot: company B's HR was told of B's own verification when the world was made.)
    expect(notificationsOf(world.hrOther.id).filter((n) => n.link === `/company/slots/${slotId}`)).toEqual([]);
  });

  it("someone who chose portal only for a kind gets the notification but no e-mail", async () => {
    const { company, hr } = await makeCompany(world.jc.id, { status: "pending" });
    setEmailPreferences(ctxFor(hr), { email: [] });
    decideCompany(ctxFor(world.consultant), { companyId: company.id, decision: "verified" });
    expect(notificationsOf(hr.id).map((n) => n.kind)).toEqual(["companyDecided"]);
    // No decision e-mail (the sign-up confirmation mail of makeCompany is the only one).
    expect(queuedFor(hr.email).filter((m) => m.subjectKey === "mail.verified.subject")).toEqual([]);
    expect(queuedFor(hr.email).map((m) => m.subjectKey)).toEqual(["mail.signup.subject"]);
  });

  it("a command that rolls back leaves no notification and no e-mail", async () => {
    const user = await makeUser("company_admin", { companyId: world.companyA.id });
    expect(() =>
      getDb().transaction((tx) => {
        notifyUser(tx, user, { kind: "slotReviewed", link: "/company/slots/1", subjectKey: "mail.slotApproved.subject", bodyKey: "mail.slotApproved.body", vars: { title: "x" } }, new Date());
        throw new Error("the rest of the command failed");
      }),
    ).toThrow("the rest of the command failed");
    expect(notificationsOf(user.id)).toEqual([]);
    // Only the invitation the factory sent before the test began.
    expect(queuedFor(user.email).map((m) => m.subjectKey)).toEqual(["mail.invite.subject"]);
  });
});

describe("reading notifications", () => {
  async function userWithNotifications(n: number) {
    const user = await makeUser("company_admin", { companyId: world.companyA.id });
    for (let i = 0; i < n; i++) {
      notifyUser(getDb(), user, { kind: "slotReviewed", link: `/company/slots/${100 + i}`, subjectKey: "mail.slotApproved.subject", bodyKey: "mail.slotApproved.body", vars: { title: `Plads ${i}` } }, new Date(Date.UTC(2026, 10, 1, 8, i)));
    }
    return user;
  }

  it("counts only the user's own unread ones, and lists them newest first, page by page", async () => {
    const user = await userWithNotifications(23);
    expect(unreadCount(getDb(), user.id)).toBe(23);
    const first = listNotifications(ctxFor(user), 1);
    expect(first.total).toBe(23);
    expect(first.rows).toHaveLength(20);
    expect(first.rows[0]!.vars).toMatchObject({ title: "Plads 22", name: user.name });
    expect(listNotifications(ctxFor(user), 2).rows).toHaveLength(3);
  });

  it("reads a page newest first from the index, without sorting all of the user's notifications (decision 048)", async () => {
    const user = await userWithNotifications(3);
    // A connection of its own: the list's queries are built once per connection (decision 054),
    // so their SQL is seen when this one first asks.
    const fresh = openDatabase(":memory:");
    migrateDatabase(fresh.db);
    const sqlite = fresh.sqlite;
    const prepare = vi.spyOn(sqlite, "prepare");
    try {
      listNotifications({ ...ctxFor(user), db: fresh.db }, 2);
      const list = prepare.mock.calls.map(([text]) => String(text)).find((text) => /order by/i.test(text) && text.includes('"notifications"'))!;
      const plan = (sqlite.prepare(`explain query plan ${list}`).all(user.id, 20, 20) as { detail: string }[]).map((p) => p.detail);
      expect(plan).toEqual(["SEARCH notifications USING INDEX notifications_user_id_idx (user_id=?)"]);
    } finally {
      prepare.mockRestore();
      sqlite.close();
    }
  });

  it("the page writes each title in the reader's language on the server, naming the thing; an unknown key stays as it is", async () => {
    const user = await userWithNotifications(1);
    notifyUser(getDb(), user, { kind: "slotReviewed", link: "/company/slots/1", subjectKey: "mail.removedInAnOlderVersion", bodyKey: "mail.slotApproved.body", vars: {} } as never, new Date(Date.UTC(2026, 10, 2)));
    const { loader } = await route();
    const view = async (cookie: string) => ((await call(loader as never, { url: "/notifications", cookie, context: testContext() })).body as { list: { rows: Record<string, unknown>[] } }).list.rows;
    const da = await view(sessionCookieFor(user.id));
    expect(da.map((row) => row.title)).toEqual(["mail.removedInAnOlderVersion", `${translate("da", "mail.slotApproved.subject", { title: "Plads 0" })}: Plads 0`]);
    // The page's data carries text, not keys for the browser to look up.
    expect(da[1]).not.toHaveProperty("titleKey");
    expect(da[1]).not.toHaveProperty("vars");
    const en = await view(`${sessionCookieFor(user.id)}; fodfaeste_lang=en`);
    expect(en[1]!.title).toBe(`${translate("en", "mail.slotApproved.subject", { title: "Plads 0" })}: Plads 0`);
    expect(en[1]!.title).not.toBe(da[1]!.title);
  });

  it("marking one as read returns where it points; someone else's does not exist for them", async () => {
    const user = await userWithNotifications(2);
    const [older] = notificationsOf(user.id);
    expect(() => markNotificationRead(ctxFor(world.hrOther), older!.id)).toThrow(DomainError);
    expect(() => markNotificationRead(ctxFor(world.hr), older!.id)).toThrow(DomainError);
    expect(markNotificationRead(ctxFor(user), older!.id)).toEqual({ link: "/company/slots/100" });
    expect(unreadCount(getDb(), user.id)).toBe(1);
    expect(markAllNotificationsRead(ctxFor(user))).toBe(1);
    expect(unreadCount(getDb(), user.id)).toBe(0);
  });

  it("opening one through the page marks it read and goes to the thing it is about", async () => {
    const user = await userWithNotifications(1);
    const [only] = notificationsOf(user.id);
    const { action } = await route();
    const result = await call(action as never, { url: "/notifications", form: { intent: "open", id: String(only!.id) }, cookie: sessionCookieFor(user.id), context: testContext() });
    expect(result.status).toBe(302);
    expect(result.location).toBe("/company/slots/100");
    expect(getDb().select().from(notifications).where(and(eq(notifications.userId, user.id), isNull(notifications.readAt))).all()).toEqual([]);
  });

  it("answers 400, not 500, to a form it does not understand", async () => {
    const { action } = await route();
    const forms: Record<string, string>[] = [{ intent: "open", id: "abc" }, { intent: "preferences", email: "noSuchKind" }, { intent: "" }];
    for (const form of forms) {
      const result = await call(action as never, { url: "/notifications", form, cookie: sessionCookieFor(world.hr.id), context: testContext() });
      expect(result.status, JSON.stringify(form)).toBe(400);
    }
  });
});

describe("choosing e-mail per kind", () => {
  it("offers each role only the kinds it can receive, all on by default", () => {
    expect(emailPreferences(ctxFor(world.hr)).map((p) => p.kind).sort()).toEqual(["companyDecided", "placementForCompany", "proposalForCompany", "proposalReminder", "representativeAnswered", "representativeOverdue", "slotReviewed"]);
    expect(emailPreferences(ctxFor(world.consultant)).map((p) => p.kind)).toEqual(["companySignedUp", "companyReviewRequested", "slotSubmitted", "representativeOverdue", "proposalAnswered", "proposalReminder", "placementForJobcentre"]);
    expect(emailPreferences(ctxFor(world.mentor))).toEqual([
      { kind: "proposalForCompany", email: true },
      { kind: "proposalReminder", email: true },
      { kind: "placementForCompany", email: true },
    ]);
  });

  it("stores a choice for every kind of the role, and none for a kind the role cannot receive", async () => {
    const hr = await makeUser("company_admin", { companyId: world.companyA.id });
    setEmailPreferences(ctxFor(hr), { email: ["slotReviewed", "companySignedUp"] });
    const stored = getDb().select().from(notificationPreferences).where(eq(notificationPreferences.userId, hr.id)).all();
    expect(Object.fromEntries(stored.map((p) => [p.kind, p.email]))).toEqual({
      slotReviewed: true,
      companyDecided: false,
      representativeAnswered: false,
      representativeOverdue: false,
      proposalForCompany: false,
      proposalReminder: false,
      placementForCompany: false,
    });
  });

  it("is saved from the page", async () => {
    const consultant = await makeUser("consultant", { jobcentreId: world.jc.id });
    const { action } = await route();
    const result = await call(action as never, { url: "/notifications", form: { intent: "preferences" }, cookie: sessionCookieFor(consultant.id), context: testContext() });
    expect(result.status).toBe(200);
    expect(emailPreferences(ctxFor(consultant))).toEqual([
      { kind: "companySignedUp", email: false },
      { kind: "companyReviewRequested", email: false },
      { kind: "slotSubmitted", email: false },
      { kind: "representativeOverdue", email: false },
      { kind: "proposalAnswered", email: false },
      { kind: "proposalReminder", email: false },
      { kind: "placementForJobcentre", email: false },
    ]);
  });
});
