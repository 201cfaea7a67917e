/**
 * Issue 11's gaps on proposals: a notice leads to the proposal itself, not the list; an
 * accepted proposal's meeting reads as held, not as awaiting confirmation; the jobcentre's
 * proposal page shows the profile as the company sees it, and the view is audited.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { notifications } from "~/db/schema";
import { proposalForCompany, proposalForJobcentre } from "~/domain/proposals/queries.server";
import { ctxFor, expectAudit, makeAcceptedProposal, makeOpenSlot, makeWorld } from "../factories";

let w: Awaited<ReturnType<typeof makeWorld>>;
let proposalId: number;
let candidateId: number;

beforeAll(async () => {
  w = await makeWorld();
  const slot = await makeOpenSlot(w);
  ({ proposalId, candidateId } = await makeAcceptedProposal(w, slot));
});

const linksOf = (userId: number, kind: "proposalForCompany" | "proposalAnswered") =>
  getDb()
    .select({ link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)))
    .all()
    .map((n) => n.link);

describe("proposal notices", () => {
  it("lead HR and the slot's mentor to the proposal itself", () => {
    expect(linksOf(w.hr.id, "proposalForCompany")).toContain(`/company/proposals/${proposalId}`);
    expect(linksOf(w.mentor.id, "proposalForCompany")).toContain(`/company/proposals/${proposalId}`);
    expect(linksOf(w.hr.id, "proposalForCompany")).not.toContain("/company/proposals");
  });

  it("lead the consultant to the proposal itself when HR invites and accepts", () => {
    const links = linksOf(w.consultant.id, "proposalAnswered");
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(new Set(links)).toEqual(new Set([`/jobcentre/proposals/${proposalId}`]));
  });
});

describe("an accepted proposal's meeting", () => {
  it("reads as held, not as awaiting confirmation", () => {
    expect(proposalForCompany(ctxFor(w.hr), proposalId).meeting?.state).toBe("held");
  });
});

describe("the jobcentre's proposal page", () => {
  it("shows the candidate's profile as the company sees it: the shared sections, never the target group", () => {
    const p = proposalForJobcentre(ctxFor(w.consultant), proposalId);
    expect(p.profile.strengths).toBe("Mødestabil og god til orden");
    expect(p.profile.support).toEqual({ needs: ["quiet_place"], text: "Har det bedst med en fast plads" });
    // makeCandidate's consent shares support, not experience or parallel activities.
    expect(p.profile.experience).toBeNull();
    expect(p.profile.activities).toBeNull();
    expect(p.sharedSections).toEqual(["basic", "support"]);
    expect(p.profile).not.toHaveProperty("targetGroup");
  });

  it("writes the view to the audit log, through the proposal", () => {
    proposalForJobcentre(ctxFor(w.admin), proposalId);
    expectAudit("candidate.viewed", { subjectId: candidateId, actorUserId: w.admin.id, details: { via: "proposal", proposalId } });
  });
});
