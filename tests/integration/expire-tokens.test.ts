import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "~/auth/session.server";
import { hashToken } from "~/auth/tokens.server";
import { getDb } from "~/db/client.server";
import { invitations, passwordResets, representativeLinks, sessions } from "~/db/schema";
import { isResetTokenValid, requestPasswordReset } from "~/domain/auth/commands.server";
import { createSlot } from "~/domain/slots/commands.server";
import { findRepresentativeLink, requestRepresentative } from "~/domain/slots/representative.server";
import { danishToday } from "~/domain/slots/schema";
import { createTask } from "~/domain/tasks/commands.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import { findOpenInvitation, inviteColleague } from "~/domain/users/commands.server";
import { expireTokens, INVITATION_KEPT_AFTER_EXPIRY_MS } from "~/jobs/expire-tokens.server";
import { ctxFor, makeWorld } from "../factories";

const DAY = 86_400_000;
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * DAY);
let w: Awaited<ReturnType<typeof makeWorld>>;

beforeAll(async () => {
  w = await makeWorld();
});

function invite(at: Date): string {
  let token = "";
  inviteColleague(ctxFor(w.hr, at), { name: "Ny Kollega", email: `ny-${crypto.randomUUID()}@test.dk`, role: "mentor", locale: "da", link: (t) => (token = t) });
  return token;
}

function resetToken(at: Date): string {
  let token = "";
  requestPasswordReset({ db: getDb(), now: at, ip: crypto.randomUUID() }, { email: w.mentor.email, link: (t) => (token = t) });
  return token;
}

function representativeToken(at: Date): { slotId: number; token: string } {
  const ctx = ctxFor(w.hr, at);
  const taskId = createTask(ctx, {
    ...draftTaskInput.parse({
      title: "Opvask",
      description: "Vaske bageplader og forme efter morgenbagningen hver dag.",
      workplaceId: String(w.workplaceA.id),
      relievedRole: "Bager",
      hoursFreed: "5",
      frequency: "daily",
      learningTime: "days",
      physical: "1",
      social: "1",
      language: "1",
      pace: "1",
      precision: "1",
    }),
    activate: true,
  });
  const slotId = createSlot(ctx, {
    kind: "praktik",
    title: "Praktik i bageriet",
    purposeKind: "job_goal",
    purpose: "Aflaste bagerne med opvask og pakning.",
    workplaceId: w.workplaceA.id,
    taskIds: [taskId],
    startDate: danishToday(new Date(at.getTime() + 20 * DAY)),
    lengthWeeks: 13,
    startHours: 10,
    targetHours: 10,
    steps: [],
    workingDays: ["mon", "tue", "wed"],
    dayStart: "08:00",
    dayEnd: "12:00",
    mentorUserId: w.mentor.id,
    seats: 1,
    accessibility: null,
    wishes: null,
  });
  let token = "";
  requestRepresentative(ctx, { slotId, version: 1, repName: "Rep", repEmail: "rep@test.dk", link: (_id, t) => (token = t) });
  return { slotId, token };
}

describe("expiring tokens (the nightly job)", () => {
  it("deletes sessions, reset links and representative links past their expiry, and keeps live ones", async () => {
    const oldSession = createSession(getDb(), w.hr.id, ago(31)).token;
    const liveSession = createSession(getDb(), w.hr.id, ago(1)).token;
    const oldReset = resetToken(ago(1));
    const liveReset = resetToken(new Date(now.getTime() - 60_000));
    const oldRep = representativeToken(ago(15));
    const liveRep = representativeToken(ago(1));

    const result = expireTokens(getDb(), now);

    expect(result).toMatchObject({ sessions: expect.any(Number), passwordResets: expect.any(Number), representativeLinks: expect.any(Number) });
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    const sessionExists = (token: string) => getDb().select().from(sessions).where(eq(sessions.id, hashToken(token))).get() !== undefined;
    const resetExists = (token: string) =>
      getDb().select().from(passwordResets).where(eq(passwordResets.tokenHash, hashToken(token))).get() !== undefined;
    const repLinkExists = (token: string) =>
      getDb().select().from(representativeLinks).where(eq(representativeLinks.tokenHash, hashToken(token))).get() !== undefined;
    expect(sessionExists(oldSession)).toBe(false);
    expect(resetExists(oldReset)).toBe(false);
    expect(repLinkExists(oldRep.token)).toBe(false);
    // What is still valid keeps working after the job.
    expect(validateSessionToken(getDb(), liveSession, now)).not.toBeNull();
    expect(isResetTokenValid(getDb(), liveReset, now)).toBe(true);
    expect(findRepresentativeLink(getDb(), liveRep.slotId, liveRep.token, now)).toBeTruthy();
  });

  it("keeps an expired invitation for 30 days so HR sees who never accepted, then deletes it", () => {
    const lifetime = 7 * DAY;
    const justExpired = invite(new Date(now.getTime() - lifetime - DAY));
    const longExpired = invite(new Date(now.getTime() - lifetime - INVITATION_KEPT_AFTER_EXPIRY_MS - DAY));
    const live = invite(ago(1));
    expireTokens(getDb(), now);
    const row = (token: string) => getDb().select().from(invitations).where(eq(invitations.tokenHash, hashToken(token))).get();
    expect(row(justExpired)).toBeDefined();
    expect(row(longExpired)).toBeUndefined();
    expect(findOpenInvitation(getDb(), live, now)).toBeTruthy();
  });

  it("keeps accepted invitations: they record who invited whom", () => {
    const token = invite(ago(100));
    getDb().update(invitations).set({ acceptedAt: ago(99) }).where(eq(invitations.tokenHash, hashToken(token))).run();
    expireTokens(getDb(), now);
    expect(getDb().select().from(invitations).where(eq(invitations.tokenHash, hashToken(token))).get()).toBeDefined();
  });
});
