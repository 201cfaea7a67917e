import { describe, expect, it } from "vitest";
import type { AgreementSummary } from "~/domain/placements/agreement.server";
import { agreementPdfModel, hoursPlanText } from "./agreement.server";

const summary: AgreementSummary = {
  placementId: 1,
  slotTitle: "Lager og pakning",
  alias: "Mette",
  company: { name: "Bageriet Hansen ApS", cvr: "12345674" },
  workplace: { name: "Butikken", pNumber: "1012345678", address: "Søndergade 4", postcode: "8000", city: "Aarhus C" },
  contact: { name: "Hanne Hansen", email: "hanne@bageriet.dk", phone: null },
  representative: { required: false, name: null, email: null, status: "none", confirmedAt: null, comment: null },
  meter: { fte: 12.5, capacity: 2, used: 0.54, atTarget: 0.81 },
  kind: "loentilskud",
  startDate: "2026-12-07",
  plannedEndDate: "2027-03-07",
  weeks: 13,
  startHours: 8,
  targetHours: 15,
  steps: [
    { afterWeeks: 4, hours: 10 },
    { afterWeeks: 8, hours: 15 },
  ],
  workingDays: ["mon", "wed"],
  dayStart: "08:00",
  dayEnd: "12:00",
  tasks: [],
  purposeKind: "paid_hours",
  purpose: "At komme tilbage til faste løntimer.",
  goals: ["Arbejder 15 timer om ugen"],
  mentor: { name: "Ole", email: "ole@bageriet.dk" },
  monthlyWageCost: null,
  targetGroup: null,
};

const rows = (m: ReturnType<typeof agreementPdfModel>) => m.sections.flatMap((s) => s.rows ?? []);
const value = (m: ReturnType<typeof agreementPdfModel>, label: string) => rows(m).find((r) => r.label === label)?.value;

describe("the agreement summary's content", () => {
  it("writes the hours plan as one line of week ranges", () => {
    expect(hoursPlanText("da", summary, 13)).toBe("uge 1–4: 8 timer, uge 5–8: 10 timer, uge 9–13: 15 timer");
    expect(hoursPlanText("da", { startHours: 6, steps: [] }, 1)).toBe("uge 1: 6 timer");
    expect(hoursPlanText("en", { startHours: 7.5, steps: [] }, 4)).toBe("weeks 1–4: 7.5 hours");
  });

  it("writes a løntilskud's total monthly wage cost in kroner, and says so when it was never recorded", () => {
    expect(value(agreementPdfModel({ ...summary, monthlyWageCost: 24500.5 }, "da", new Date()), "Samlede lønomkostninger")).toBe("24.500,50 kr. pr. måned");
    expect(value(agreementPdfModel({ ...summary, monthlyWageCost: 31000 }, "en", new Date()), "Total wage cost")).toBe("DKK 31,000 a month");
    const m = agreementPdfModel(summary, "da", new Date("2026-12-02T10:00:00Z"));
    expect(value(m, "Samlede lønomkostninger")).toMatch(/Ikke registreret i Fodfæste/);
    expect(agreementPdfModel({ ...summary, kind: "praktik" }, "da", new Date()).sections.map((s) => s.heading)).not.toContain("Løntilskud");
  });

  it("names the purpose among the law's three and says a workplace of one needs no representative", () => {
    const m = agreementPdfModel(summary, "da", new Date());
    expect(value(m, "Formål")).toBe("Ordinære løntimer");
    expect(value(m, "Medarbejderrepræsentant")).toMatch(/Ikke nødvendig/);
    expect(m.lang).toBe("da-DK");
    expect(m.title).toBe("Aftaleoplysninger: Mette – Lager og pakning");
  });

  it("prints the target group only when the summary carries it (the jobcentre's copy)", () => {
    expect(rows(agreementPdfModel(summary, "da", new Date())).some((r) => r.label.startsWith("Målgruppe"))).toBe(false);
    const jc = agreementPdfModel({ ...summary, targetGroup: "sygedagpenge" }, "da", new Date());
    expect(value(jc, "Målgruppe (kun jobcentret)")).toBe("Sygedagpenge");
  });
});
