/**
 * The agreement summary PDF (issue 13): what the national agreement system asks for, read
 * back from the PDF as a person's viewer would (pdftotext), for HR and the jobcentre's staff;
 * the company's copy never holds the target group; every download audited; the mentor refused.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { users } from "~/db/schema";
import { agreementSummary } from "~/domain/placements/agreement.server";
import { renderAgreementPdf } from "~/pdf/agreement.server";
import { startPlacement } from "~/domain/placements/commands.server";
import { ctxFor, expectAudit, makeAcceptedProposal, makeOpenSlot, makeWorld, placementStartFor, sessionCookieFor } from "../factories";
import { call, testContext } from "../http";
import { pdfTextReader } from "../pdf-text";

const textOf = pdfTextReader("agreement-pdf");

let w: Awaited<ReturnType<typeof makeWorld>>;
let placement: number;

beforeAll(async () => {
  w = await makeWorld();
  getDb().update(users).set({ name: "Søren Ærø Åberg", phone: "12345678" }).where(eq(users.id, w.hr.id)).run();
  w.hr = getDb().select().from(users).where(eq(users.id, w.hr.id)).get()!;
  const slot = await makeOpenSlot(w);
  const { proposalId } = await makeAcceptedProposal(w, slot);
  placement = startPlacement(ctxFor(w.hr), placementStartFor(proposalId));
});

describe("the agreement summary", () => {
  it("holds what the agreement system asks for, with æ, ø and å as written", async () => {
    const s = agreementSummary(ctxFor(w.hr), placement);
    const text = textOf(await renderAgreementPdf(s, "da", new Date()));
    expect(text).toContain(`Aftaleoplysninger: ${s.alias}`);
    expect(text).toMatch(new RegExp(`CVR-nummer\\s+${w.companyA.cvr}`));
    expect(text).toMatch(new RegExp(`P-nummer\\s+${w.workplaceA.pNumber}`));
    expect(text).toContain("Testvej 1, 8000 Aarhus C");
    expect(text).toMatch(/Navn\s+Søren Ærø Åberg/);
    expect(text).toMatch(/Telefon\s+12345678/);
    expect(text).toContain(w.hr.email);
    // The representative who confirmed the slot, when and what.
    expect(text).toContain("Rita Repræsentant");
    expect(text).toMatch(/Bekræftet\s+\d{1,2}\. \w+ \d{4}/);
    expect(text).toContain("At medarbejderne er hørt");
    // The meter: 20 ordinary FTE, a cap of 4.
    expect(text).toMatch(/Ordinært ansatte \(årsværk\)\s+20/);
    expect(text).toMatch(/Loft \(antal personer\)\s+4/);
    expect(text).toMatch(/Type\s+Virksomhedspraktik/);
    expect(text).toMatch(/Antal uger\s+13/);
    expect(text).toMatch(/Timer om ugen ved start\s+8/);
    expect(text).toMatch(/Timer om ugen, målet\s+12/);
    expect(text).toContain("uge 1–4: 8 timer, uge 5–13: 10 timer");
    expect(text).toMatch(/Arbejdsdage\s+mandag, tirsdag og onsdag/);
    expect(text).toMatch(/Arbejdstid\s+08:00–12:00/);
    expect(text).toMatch(/Formål\s+Afklaring af et jobmål/);
    expect(text).toContain("Aflaste bagerne med opvask og pakning.");
    expect(text).toContain(w.mentor.name);
    // Praktik: no wage-subsidy section.
    expect(text).not.toContain("Lønomkostninger");
  });

  it("never holds the target group in the company's copy; the jobcentre's copy has it", async () => {
    const hrText = textOf(await renderAgreementPdf(agreementSummary(ctxFor(w.hr), placement), "da", new Date()));
    expect(hrText).not.toContain("Målgruppe");
    expect(hrText).not.toContain("aktivitetsparat");
    const jcText = textOf(await renderAgreementPdf(agreementSummary(ctxFor(w.consultant), placement), "da", new Date()));
    expect(jcText).toMatch(/Målgruppe[^\n]*\s+Kontanthjælp, aktivitetsparat/);
  });

  it("is audited for whoever downloads it", () => {
    agreementSummary(ctxFor(w.consultant), placement);
    expectAudit("placement.agreement_downloaded", { subjectId: placement, actorUserId: w.consultant.id, companyId: w.companyA.id, jobcentreId: w.jc.id });
    agreementSummary(ctxFor(w.hr), placement);
    expectAudit("placement.agreement_downloaded", { subjectId: placement, actorUserId: w.hr.id });
  });

  it("is refused to the placement's own mentor", () => {
    expect(() => agreementSummary(ctxFor(w.mentor), placement)).toThrow();
  });

  it("is served as a PDF download from the placement's address", async () => {
    const mod = await import("~/routes/pdf/company-agreement");
    const result = await call(mod.loader as Parameters<typeof call>[0], {
      url: `/company/placements/${placement}/agreement.pdf`,
      params: { placementId: String(placement) },
      cookie: sessionCookieFor(w.hr.id),
      context: testContext(),
    });
    expect(result.status).toBe(200);
    expect(result.headers?.get("Content-Type")).toBe("application/pdf");
    expect(result.headers?.get("Content-Disposition")).toBe(`attachment; filename="aftaleoplysninger-forloeb-${placement}.pdf"`);
  });

  it("is named in the reader's language", async () => {
    const mod = await import("~/routes/pdf/company-agreement");
    const result = await call(mod.loader as Parameters<typeof call>[0], {
      url: `/company/placements/${placement}/agreement.pdf`,
      params: { placementId: String(placement) },
      cookie: `${sessionCookieFor(w.hr.id)}; fodfaeste_lang=en`,
      context: testContext(),
    });
    expect(result.headers?.get("Content-Disposition")).toBe(`attachment; filename="agreement-summary-placement-${placement}.pdf"`);
  });
});
