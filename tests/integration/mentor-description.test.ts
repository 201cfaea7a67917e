/** The mentor's self-description reaches the consultant on the slot's page (issue 11). */
import { describe, expect, it } from "vitest";
import { saveMentorProfile } from "~/domain/mentors/commands.server";
import { ctxFor, makeOpenSlot, makeWorld, sessionCookieFor } from "../factories";
import { call, testContext } from "../http";

describe("the jobcentre's slot page", () => {
  it("shows the consultant how the slot's mentor describes themself", async () => {
    const w = await makeWorld();
    const slotId = await makeOpenSlot(w);
    const mod = await import("~/routes/jobcentre/slot");
    const load = () =>
      call(mod.loader as Parameters<typeof call>[0], { url: `/jobcentre/slots/${slotId}`, params: { slotId: String(slotId) }, cookie: sessionCookieFor(w.consultant.id), context: testContext() });
    expect(((await load()).body as { mentorProfile: unknown }).mentorProfile).toBeNull();
    saveMentorProfile(ctxFor(w.mentor), { styles: ["calm", "structured"], edgeExperience: true, languages: ["da", "en"], line: "Jeg viser tingene først og lader dig prøve bagefter." });
    const result = await load();
    expect(result.status).toBe(200);
    expect((result.body as { mentorProfile: unknown }).mentorProfile).toEqual({
      styles: ["calm", "structured"],
      edgeExperience: true,
      languages: ["da", "en"],
      line: "Jeg viser tingene først og lader dig prøve bagefter.",
    });
  });
});
