import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { users } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { listCandidates } from "~/domain/candidates/candidate-list.server";
import { jobcentreDashboard } from "~/domain/dashboard/queries.server";
import { DomainError } from "~/domain/errors";
import { startPlacement } from "~/domain/placements/commands.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { jobcentreTeams, ownTeam, setStaffTeam } from "~/domain/users/teams.server";
import { parseCandidateFilters } from "~/http/filters/candidates";
import { call, testContext } from "../http";
import { ctxFor, expectAudit, makeAcceptedProposal, makeCandidate, makeOpenSlot, makeUser, makeWorld, placementStartFor, sessionCookieFor } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let teammate: Awaited<ReturnType<typeof makeUser>>;
let loner: Awaited<ReturnType<typeof makeUser>>;
const today = () => copenhagenDate(new Date());
const period = () => ({ from: addDays(today(), -60), to: today() });
const teamOf = (id: number) => getDb().select({ team: users.team }).from(users).where(eq(users.id, id)).get()!.team;
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.kind : "other";
  }
  return "none";
};

beforeAll(async () => {
  w = await makeWorld();
  teammate = await makeUser("consultant", { jobcentreId: w.jc.id });
  loner = await makeUser("consultant", { jobcentreId: w.jc.id });
});

describe("teams of a jobcentre's staff", () => {
  it("the administrator places staff in a team, audited; the same name in other capitals is the same team", () => {
    setStaffTeam(ctxFor(w.admin), { userId: w.consultant.id, team: "  Team   Nord " });
    expect(teamOf(w.consultant.id)).toBe("Team Nord");
    expectAudit("user.team_changed", { subjectId: w.consultant.id, actorUserId: w.admin.id, jobcentreId: w.jc.id, details: { from: null, to: "Team Nord" } });
    setStaffTeam(ctxFor(w.admin), { userId: teammate.id, team: "team nord" });
    expect(teamOf(teammate.id)).toBe("Team Nord");
    expect(jobcentreTeams(ctxFor(w.admin))).toEqual(["Team Nord"]);
    expect(ownTeam(ctxFor(teammate))).toBe("Team Nord");
  });

  it("refuses the same team again, a too long name, a consultant, another jobcentre's admin and a company's HR", () => {
    expect(refusal(() => setStaffTeam(ctxFor(w.admin), { userId: w.consultant.id, team: "TEAM NORD" }))).toBe("conflict");
    expect(refusal(() => setStaffTeam(ctxFor(w.admin), { userId: loner.id, team: "x".repeat(81) }))).toBe("invalid");
    expect(refusal(() => setStaffTeam(ctxFor(w.consultant), { userId: loner.id, team: "Team Nord" }))).toBe("forbidden");
    expect(refusal(() => setStaffTeam(ctxFor(w.adminOther), { userId: loner.id, team: "Team Nord" }))).toBe("not_found");
    expect(refusal(() => setStaffTeam(ctxFor(w.hr), { userId: loner.id, team: "Team Nord" }))).toBe("forbidden");
    expect(teamOf(loner.id)).toBeNull();
    // Another jobcentre has no teams of ours.
    expect(jobcentreTeams(ctxFor(w.adminOther))).toEqual([]);
  });

  it("the staff page's action: the admin saves a team; a consultant and another jobcentre's admin are refused", async () => {
    const { action } = await import("~/routes/jobcentre/staff");
    const post = (userId: number, cookieOf: number, team: string) =>
      call(action as never, { url: "/jobcentre/staff", form: { intent: "team", userId: String(userId), team }, cookie: sessionCookieFor(cookieOf), context: testContext() });
    expect((await post(loner.id, w.consultant.id, "Team Syd")).status).toBe(403);
    expect((await post(loner.id, w.adminOther.id, "Team Syd")).status).toBe(404);
    expect(teamOf(loner.id)).toBeNull();
    const saved = await post(loner.id, w.admin.id, "Team Syd");
    expect(saved).toMatchObject({ status: 302, location: "/jobcentre/staff?saved=1" });
    expect(teamOf(loner.id)).toBe("Team Syd");
    // An empty name takes them out of the team.
    expect((await post(loner.id, w.admin.id, "")).status).toBe(302);
    expect(teamOf(loner.id)).toBeNull();
  });

  it("'my team' on the dashboard counts the candidates of everyone on the team, and explains a missing team", async () => {
    // The teammate's candidate in a placement: on the team's figures and the teammate's own, not on the loner's.
    const slot = await makeOpenSlot(w);
    const { proposalId } = await makeAcceptedProposal({ ...w, consultant: teammate }, slot);
    startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { startDate: addDays(today(), -10) }));
    const expiring = await makeCandidate(teammate, {}, { expiresOn: addDays(today(), 5) });
    const team = jobcentreDashboard(ctxFor(w.consultant), { ...period(), scope: "team" });
    expect(team.hours.placements).toBe(1);
    expect(team.work.expiringConsents.rows.map((r) => r.id)).toEqual([expiring]);
    expect(jobcentreDashboard(ctxFor(w.consultant), { ...period(), scope: "mine" }).hours.placements).toBe(0);
    expect(refusal(() => jobcentreDashboard(ctxFor(loner), { ...period(), scope: "team" }))).toBe("invalid");
    // The candidate list behind the consent figure, narrowed to the team.
    const listed = listCandidates(ctxFor(w.consultant), { ...parseCandidateFilters(new URLSearchParams("team=Team Nord")), page: 1 });
    expect(listed.rows.map((r) => r.id)).toContain(expiring);
    expect(listCandidates(ctxFor(w.consultant), { ...parseCandidateFilters(new URLSearchParams("team=Team Syd")), page: 1 }).total).toBe(0);

    const { loader } = await import("~/routes/jobcentre/dashboard");
    const page = (userId: number) => call(loader as never, { url: "/jobcentre/dashboard?scope=team", cookie: sessionCookieFor(userId), context: testContext() });
    expect((await page(loner.id)).body).toMatchObject({ noTeam: true, team: null });
    expect((await page(w.consultant.id)).body).toMatchObject({ noTeam: false, team: "Team Nord" });
  });
});
