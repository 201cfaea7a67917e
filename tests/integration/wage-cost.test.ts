/**
 * Løntilskud's total monthly wage cost (issue 13, decision 034): given when the placement
 * starts (required for løntilskud, refused for any other kind), shown to HR and the jobcentre
 * but never to the mentor, changed on the placement's page by the two parties, printed in the
 * agreement summary PDF, and blanked by the anonymiser.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, notifications, placements } from "~/db/schema";
import { agreementSummary } from "~/domain/placements/agreement.server";
import { startPlacement } from "~/domain/placements/commands.server";
import { endPlacement } from "~/domain/placements/ending-commands.server";
import { placementDetail } from "~/domain/placements/queries.server";
import { changeMonthlyWageCost } from "~/domain/placements/wage-commands.server";
import { anonymiseCandidate } from "~/domain/retention/commands.server";
import { personalData } from "~/domain/retention/queries.server";
import { addConsultantNote } from "~/domain/placements/follow-up-commands.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { renderAgreementPdf } from "~/pdf/agreement.server";
import { translate } from "~/i18n/translate";
import { RULES } from "~/domain/rules/rules";
import { ctxFor, expectAudit, makeAcceptedProposal, makeOpenSlot, makeWorld, placementStartFor, refusal, sessionCookieFor } from "../factories";
import { call, testContext } from "../http";
import { pdfTextReader } from "../pdf-text";

type World = Awaited<ReturnType<typeof makeWorld>>;
const row = (id: number) => getDb().select().from(placements).where(eq(placements.id, id)).get()!;
const toldTo = (userId: number, key: string) => getDb().select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.titleKey, key))).all().length;

const textOf = pdfTextReader("wage-pdf");

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

async function acceptedFor(kind: "praktik" | "loentilskud") {
  const slot = await makeOpenSlot(w, { kind });
  return (await makeAcceptedProposal(w, slot)).proposalId;
}

async function wagePlacement(amount = 24500.5) {
  const proposalId = await acceptedFor("loentilskud");
  return startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { monthlyWageCost: amount }));
}

describe("starting a placement with a wage cost", () => {
  it("requires the monthly wage cost for løntilskud, at its field, and stores it in øre", async () => {
    const proposalId = await acceptedFor("loentilskud");
    const missing = refusal(() => startPlacement(ctxFor(w.hr), placementStartFor(proposalId)));
    expect(missing?.fieldErrors).toMatchObject({ monthlyWageCost: "error.placement.wageCostRequired" });
    expect(getDb().select().from(placements).where(eq(placements.proposalId, proposalId)).get()).toBeUndefined();
    for (const amount of [499.99, 150_000.01, 24500.555]) {
      expect(refusal(() => startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { monthlyWageCost: amount })))?.fieldErrors).toMatchObject({ monthlyWageCost: "error.placement.wageCost" });
    }
    const id = startPlacement(ctxFor(w.hr), placementStartFor(proposalId, { monthlyWageCost: 24500.5 }));
    expect(row(id)).toMatchObject({ kind: "loentilskud", monthlyWageCostOre: 2450050 });
  });

  it("refuses a wage cost for a placement that is not løntilskud (praktik is unpaid)", async () => {
    const proposalId = await acceptedFor("praktik");
    const err = refusal(() => startPlacement(ctxFor(w.consultant), placementStartFor(proposalId, { monthlyWageCost: 20000 })));
    expect(err?.fieldErrors).toMatchObject({ monthlyWageCost: "error.placement.wageCostNotWageSubsidy" });
    const id = startPlacement(ctxFor(w.consultant), placementStartFor(proposalId));
    expect(row(id).monthlyWageCostOre).toBeNull();
  });

  it("reads the amount the Danish way from the start form, and says what is wrong in the user's language", async () => {
    const mod = await import("~/routes/company/placements/new");
    const proposalId = await acceptedFor("loentilskud");
    const form = {
      proposalId: String(proposalId),
      startDate: copenhagenDate(new Date()),
      lengthWeeks: "13",
      startHours: "4",
      targetHours: "4",
      workingDays: "mon",
      goal1: "Arbejder 4 timer om ugen i uge 13",
      taskIds: String(placementStartFor(proposalId).taskIds[0]),
    };
    const cookie = sessionCookieFor(w.hr.id);
    const bad = await call(mod.action as Parameters<typeof call>[0], { url: "/company/placements/new", form: { ...form, monthlyWageCost: "mange penge" }, cookie, context: testContext() });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("error.placement.wageCost");
    const good = await call(mod.action as Parameters<typeof call>[0], { url: "/company/placements/new", form: { ...form, monthlyWageCost: "24.500,50 kr." }, cookie, context: testContext() });
    expect(good.status).toBe(302);
    expect(getDb().select().from(placements).where(eq(placements.proposalId, proposalId)).get()?.monthlyWageCostOre).toBe(2450050);
  });
});

describe("the message for a bad amount", () => {
  it("names the bounds of the rules table in its message, in both languages", () => {
    expect(translate("da", "error.placement.wageCost")).toContain("mellem 500 og 150.000");
    expect(translate("en", "error.placement.wageCost")).toContain("between 500 and 150,000");
    expect(RULES.placements.monthlyWageCostMin).toBe(500);
    expect(RULES.placements.monthlyWageCostMax).toBe(150_000);
  });
});

describe("who sees the wage cost", () => {
  it("shows it to HR and the jobcentre, who may change it while active; never to the mentor", async () => {
    const id = await wagePlacement();
    expect(placementDetail(ctxFor(w.hr), id).wage).toEqual({ monthlyWageCost: 24500.5, mayChange: true });
    expect(placementDetail(ctxFor(w.consultant), id).wage).toEqual({ monthlyWageCost: 24500.5, mayChange: true });
    expect(placementDetail(ctxFor(w.mentor), id).wage).toBeNull();
    expect(JSON.stringify(placementDetail(ctxFor(w.mentor), id))).not.toContain("24500");
  });
});

describe("changing the wage cost", () => {
  it("lets HR change it, audited without the amount, and tells the consultant (not the mentor)", async () => {
    const id = await wagePlacement();
    changeMonthlyWageCost(ctxFor(w.hr), { placementId: id, version: row(id).version, monthlyWageCost: 26000 });
    expect(row(id).monthlyWageCostOre).toBe(2600000);
    expectAudit("placement.wage_cost_changed", { subjectId: id, actorUserId: w.hr.id, companyId: w.companyA.id, jobcentreId: w.jc.id });
    expect(toldTo(w.consultant.id, "mail.placementWageCostChanged.subject")).toBeGreaterThan(0);
    expect(toldTo(w.mentor.id, "mail.placementWageCostChanged.subject")).toBe(0);
  });

  it("lets the consultant change it and tells HR", async () => {
    const id = await wagePlacement();
    const before = toldTo(w.hr.id, "mail.placementWageCostChanged.subject");
    changeMonthlyWageCost(ctxFor(w.consultant), { placementId: id, version: row(id).version, monthlyWageCost: 21000 });
    expect(row(id).monthlyWageCostOre).toBe(2100000);
    expect(toldTo(w.hr.id, "mail.placementWageCostChanged.subject")).toBe(before + 1);
  });

  it("refuses the mentor, another company and another jobcentre; a stale version, an amount out of bounds or the same amount", async () => {
    const id = await wagePlacement(20000);
    const v = row(id).version;
    const change = (who: typeof w.hr, over: Partial<{ version: number; monthlyWageCost: number }> = {}) =>
      refusal(() => changeMonthlyWageCost(ctxFor(who), { placementId: id, version: v, monthlyWageCost: 22000, ...over }));
    expect(change(w.mentor)?.kind).toBe("forbidden");
    expect(change(w.hrOther)?.kind).toBe("not_found");
    expect(change(w.consultantOther)?.kind).toBe("not_found");
    expect(change(w.hr, { version: v - 1 })?.messageKey).toBe("error.placement.wageCostConflict");
    expect(change(w.hr, { monthlyWageCost: 200 })?.fieldErrors).toMatchObject({ monthlyWageCost: "error.placement.wageCost" });
    expect(change(w.hr, { monthlyWageCost: 20000 })?.fieldErrors).toMatchObject({ monthlyWageCost: "error.placement.wageCostUnchanged" });
    expect(row(id).monthlyWageCostOre).toBe(2000000);
  });

  it("refuses a placement that is not løntilskud, and one that has ended", async () => {
    const praktik = startPlacement(ctxFor(w.hr), placementStartFor(await acceptedFor("praktik")));
    expect(refusal(() => changeMonthlyWageCost(ctxFor(w.hr), { placementId: praktik, version: row(praktik).version, monthlyWageCost: 22000 }))?.messageKey).toBe("error.placement.wageCostNotWageSubsidy");
    const id = await wagePlacement();
    endPlacement(ctxFor(w.consultant), { placementId: id, version: row(id).version, kind: "completed", endedOn: copenhagenDate(new Date()), reason: null, reasonText: null, outcome: "loentilskud", outcomeHours: null });
    expect(refusal(() => changeMonthlyWageCost(ctxFor(w.hr), { placementId: id, version: row(id).version, monthlyWageCost: 22000 }))?.kind).toBe("conflict");
    expect(placementDetail(ctxFor(w.hr), id).wage?.mayChange).toBe(false);
  });

  it("is posted from the placement's page as a Danish amount; a bad one comes back at the field", async () => {
    const id = await wagePlacement(20000);
    const mod = await import("~/routes/company/placements/detail");
    const post = (form: Record<string, string>) =>
      call(mod.action as Parameters<typeof call>[0], { url: `/company/placements/${id}`, params: { placementId: String(id) }, form, cookie: sessionCookieFor(w.hr.id), context: testContext() });
    const bad = await post({ intent: "wageCost", version: String(row(id).version), monthlyWageCost: "20.000,123" });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("monthlyWageCost");
    const good = await post({ intent: "wageCost", version: String(row(id).version), monthlyWageCost: "21.750" });
    expect(good.status).toBe(302);
    expect(row(id).monthlyWageCostOre).toBe(2175000);
  });
});

describe("the agreement summary and the anonymiser", () => {
  it("prints the total monthly wage cost in kroner in the PDF, for HR and the jobcentre", async () => {
    const id = await wagePlacement(24500.5);
    for (const who of [w.hr, w.consultant]) {
      const text = textOf(await renderAgreementPdf(agreementSummary(ctxFor(who), id), "da", new Date()));
      expect(text).toMatch(/Type\s+Løntilskud/);
      expect(text).toMatch(/Samlede lønomkostninger\s+24\.500,50 kr\. pr\. måned/);
      expect(text).not.toContain("Ikke registreret");
    }
    const en = textOf(await renderAgreementPdf(agreementSummary(ctxFor(w.hr), id), "en", new Date()));
    expect(en).toMatch(/Total wage cost\s+DKK 24,500\.50 a month/);
  });

  it("puts the citizen's placements in the access-request file (GDPR art. 15): the agreement, the wage, the goals, the follow-ups", async () => {
    const id = await wagePlacement(23000);
    addConsultantNote(ctxFor(w.consultant), { placementId: id, text: "Samtale: glad for kassen." });
    const data = personalData(ctxFor(w.consultant), row(id).candidateId);
    expect(data.placements).toHaveLength(1);
    expect(data.placements[0]).toMatchObject({ kind: "loentilskud", status: "active", monthlyWageCost: 23000, goals: ["Arbejder 12 timer om ugen i uge 13"], consultantNotes: [{ text: "Samtale: glad for kassen." }] });
    expect(data.placements[0]!.followUps.length).toBeGreaterThan(0);
  });

  it("blanks the wage when the candidate is anonymised (a salary is personal data; no figure counts it)", async () => {
    const id = await wagePlacement();
    const c = getDb().select().from(candidates).where(eq(candidates.id, row(id).candidateId)).get()!;
    getDb().transaction((tx) => anonymiseCandidate(tx, { ...ctxFor(w.admin), actorLabel: "system" }, c, "erasure"));
    expect(row(id).monthlyWageCostOre).toBeNull();
    expect(row(id).kind).toBe("loentilskud");
  });
});
