import { describe, expect, it } from "vitest";
import { consentRuleErrors } from "./consent-errors";
import { addMonths, consentStatus, coverageRefusal, defaultExpiry, sharedSections, withdrawableCompanyIds, type ConsentFacts } from "./consent";

const consent = (over: Partial<ConsentFacts> = {}): ConsentFacts => ({
  givenOn: "2026-05-01",
  expiresOn: "2026-11-01",
  scope: "any",
  companyIds: [],
  withdrawnCompanyIds: [],
  sections: [],
  withdrawnAt: null,
  ...over,
});

describe("consent covers a company", () => {
  it("from the day given up to and including the expiry day", () => {
    expect(coverageRefusal(consent(), 7, "2026-05-01")).toBeNull();
    expect(coverageRefusal(consent(), 7, "2026-11-01")).toBeNull();
    expect(coverageRefusal(consent(), 7, "2026-11-02")).toBe("expired");
    expect(coverageRefusal(consent(), 7, "2026-04-30")).toBe("not_yet");
  });
  it("no consent, or a withdrawn one, covers nobody", () => {
    expect(coverageRefusal(null, 7, "2026-06-01")).toBe("none");
    expect(coverageRefusal(consent({ withdrawnAt: new Date() }), 7, "2026-06-01")).toBe("withdrawn");
  });
  it("`only these companies` covers exactly those", () => {
    const listed = consent({ scope: "listed", companyIds: [7, 8] });
    expect(coverageRefusal(listed, 7, "2026-06-01")).toBeNull();
    expect(coverageRefusal(listed, 9, "2026-06-01")).toBe("company_not_covered");
  });
  it("withdrawal for one company leaves the others", () => {
    const any = consent({ withdrawnCompanyIds: [7] });
    expect(coverageRefusal(any, 7, "2026-06-01")).toBe("company_not_covered");
    expect(coverageRefusal(any, 8, "2026-06-01")).toBeNull();
    const listed = consent({ scope: "listed", companyIds: [7, 8], withdrawnCompanyIds: [8] });
    expect(coverageRefusal(listed, 8, "2026-06-01")).toBe("company_not_covered");
  });
});

describe("consent status for the consultant", () => {
  it("is expiring within 14 days, on the boundary too", () => {
    expect(consentStatus(consent(), "2026-10-18")).toBe("expiring"); // 14 days left
    expect(consentStatus(consent(), "2026-11-01")).toBe("expiring"); // last day
    expect(consentStatus(consent(), "2026-10-17")).toBe("valid");
    expect(consentStatus(consent(), "2026-11-02")).toBe("expired");
    expect(consentStatus(null, "2026-11-02")).toBe("none");
    expect(consentStatus(consent({ withdrawnAt: new Date() }), "2026-06-01")).toBe("withdrawn");
  });
});

describe("a new consent", () => {
  const input = { givenOn: "2026-05-01", method: "signed_form" as const, scope: "any" as const, companyIds: [], sections: [], expiresOn: "2026-11-01" };
  it("defaults to 6 months and allows at most 12", () => {
    expect(defaultExpiry("2026-05-01")).toBe("2026-11-01");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(consentRuleErrors({ ...input, expiresOn: "2027-05-01" }, "2026-05-01")).toEqual({});
    expect(consentRuleErrors({ ...input, expiresOn: "2027-05-02" }, "2026-05-01")).toEqual({ expiresOn: "error.consent.tooLong" });
  });
  it("cannot be given in the future, be over already, or list no company", () => {
    expect(consentRuleErrors({ ...input, givenOn: "2026-05-02" }, "2026-05-01").givenOn).toBe("error.consent.givenInFuture");
    expect(consentRuleErrors({ ...input, expiresOn: "2026-04-30" }, "2026-05-01").expiresOn).toBe("error.consent.alreadyExpired");
    expect(consentRuleErrors({ ...input, scope: "listed" }, "2026-05-01").companyIds).toBe("error.consent.companies");
  });
  it("always shares the basic section", () => {
    expect(sharedSections({ sections: ["support"] })).toEqual(["basic", "support"]);
  });
});

describe("withdrawing a consent for one company", () => {
  const any = { scope: "any" as const, companyIds: [], withdrawnCompanyIds: [] };
  it("offers the companies with a live proposal, not every company", () => {
    expect(withdrawableCompanyIds(any, [7, 9, 7])).toEqual([7, 9]);
    expect(withdrawableCompanyIds(any, [])).toEqual([]);
  });
  it("offers the companies a consent names, and proposals' companies among them", () => {
    expect(withdrawableCompanyIds({ scope: "listed", companyIds: [3, 4], withdrawnCompanyIds: [] }, [4]).sort()).toEqual([3, 4]);
    expect(withdrawableCompanyIds({ scope: "listed", companyIds: [3], withdrawnCompanyIds: [] }, [8])).toEqual([3]);
  });
  it("leaves out companies already withdrawn", () => {
    expect(withdrawableCompanyIds({ ...any, withdrawnCompanyIds: [9] }, [7, 9])).toEqual([7]);
    expect(withdrawableCompanyIds({ scope: "listed", companyIds: [3, 4], withdrawnCompanyIds: [3] }, [])).toEqual([4]);
  });
});
