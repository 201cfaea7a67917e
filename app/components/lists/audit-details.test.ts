import { describe, expect, it } from "vitest";
import { AUDIT_EVENTS } from "~/domain/audit/events";
import { isMessageKey, translator } from "~/i18n/translate";
import { auditDetailText } from "./audit-details";

const da = translator("da");
const en = translator("en");
const text = (event: (typeof AUDIT_EVENTS)[number], details: Record<string, string | number | boolean | null>, catalogueTitle?: string) =>
  auditDetailText({ event, details, catalogueTitle }, da, "da");

describe("audit details read like Danish (issue 9.13)", () => {
  it("names every event through the catalogue", () => {
    for (const event of AUDIT_EVENTS) expect(isMessageKey(`auditEvent.${event}`), event).toBe(true);
  });

  it("says a change of role or status with the names a person uses", () => {
    expect(text("user.role_changed", { from: "mentor", to: "company_admin", email: "a@b.dk" })).toBe("Rolle: Mentor → HR-medarbejder · E-mail: a@b.dk");
    expect(text("task.activated", { title: "Opvask", from: "draft", to: "active" })).toMatch(/^Status: Kladde → Aktiv/);
    expect(text("slot.reject", { title: "Opvask", from: "submitted", to: "rejected" })).not.toContain("submitted");
  });

  it("names a catalogue task by its title, never its key", () => {
    expect(text("task.created", { title: "Opvask", status: "draft", catalogueKey: "bakery-wash-trays" }, "Vaske bageplader")).toBe(
      "Titel: Opvask · Status: Kladde · Fra opgavekataloget: Vaske bageplader",
    );
  });

  it("translates reasons, scopes, sections, days, yes/no and writes dates the Danish way", () => {
    expect(text("proposal.decline", { candidateId: 12, from: "proposed", reason: "tasks" })).toBe("Kandidat: #12 · Status før: Foreslået · Begrundelse: Opgaverne passer ikke");
    expect(text("consent.recorded", { scope: "listed", companies: 2, expiresOn: "2027-06-02", sections: "basic" })).toBe(
      "Samtykket gælder: Kun disse virksomheder · Antal virksomheder: 2 · Udløber: 2. juni 2027 · Dele af profilen: Grundoplysninger",
    );
    expect(text("adjustment.approved", { adjustmentId: 3, fromDate: "2026-12-07", hours: 12.5, days: "mon,tue" })).toBe(
      "Justering: #3 · Gælder fra: 7. december 2026 · Timer om ugen: 12,5 · Dage: Mandag, Tirsdag",
    );
    expect(text("user.invited", { email: "a@b.dk", role: "mentor", alreadyHasAccount: true })).toBe("E-mail: a@b.dk · Rolle: Mentor · Havde allerede en konto: ja");
    expect(text("candidate.anonymised", { reason: "retention" })).toBe("Begrundelse: opbevaringsperioden udløb");
  });

  it("names an exported list by its page and its filters by label and value", () => {
    expect(text("list.exported", { list: "jobcentre-companies", rows: 3, "filter.status": "verified" })).toBe("Liste: Virksomheder · Rækker: 3 · Filter – Status: Godkendt");
  });

  it("keeps a free text (a rejection reason) as it was written", () => {
    expect(text("company.rejected", { reason: "Navnet passer ikke med CVR." })).toBe("Begrundelse: Navnet passer ikke med CVR.");
  });

  it("reads in English for an English reader", () => {
    expect(auditDetailText({ event: "user.role_changed", details: { from: "mentor", to: "company_admin" } }, en, "en")).toBe("Role: Mentor → HR officer".replace("HR officer", en("role.company_admin")));
  });
});
