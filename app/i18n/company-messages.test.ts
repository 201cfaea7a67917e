import { describe, expect, it } from "vitest";
import { fteCount } from "~/components/fte-count";
import { translate } from "./translate";

/** Company-side messages that once read wrong to an HR person (issue 9.16, 9.17). */
describe("company messages as HR reads them", () => {
  it("the FTE hint counts per P-number, names who is left out, and invents no four-month average", () => {
    const da = translate("da", "hint.ordinaryFte");
    for (const part of ["P-nummer", "fleksjob", "seniorjob", "løntilskud", "voksenlærlinge", "tidsbegrænset", "projektansatte", "under 18"]) expect(da).toContain(part);
    expect(da).not.toMatch(/måneder|gennemsnit/i);
    const en = translate("en", "hint.ordinaryFte");
    expect(en).toContain("P-number");
    expect(en).not.toMatch(/months|average/i);
  });

  it("the finder's total has plural forms and the Danish decimal comma", () => {
    expect(translate("da", "finder.total", { count: 1, hours: "6" })).toBe("Valgt: 1 opgave, der frigør ca. 6 timer om ugen.");
    expect(translate("da", "finder.total", { count: 3, hours: "16,5" })).toBe("Valgt: 3 opgaver, der tilsammen frigør ca. 16,5 timer om ugen.");
  });

  it("inviting yourself or a colleague says what to do instead", () => {
    expect(translate("da", "error.invite.self")).toMatch(/^Du kan ikke invitere dig selv\. Skriv din kollegas e-mail$/);
    expect(translate("da", "error.invite.colleague")).toContain("allerede jeres kollega");
  });

  it("one employee is singular, one and a half is not", () => {
    expect(translate("da", "workplace.fteShort", { fte: "1", count: fteCount(1) })).toBe("1 fuldtidsstilling");
    expect(translate("da", "workplace.fteShort", { fte: "1,5", count: fteCount(1.5) })).toBe("1,5 fuldtidsstillinger");
    expect(translate("da", "meter.usage", { used: "0", capacity: "1", fte: "1", count: fteCount(1) })).toBe("Brugt: 0 af 1 (arbejdsstedet har 1 ordinært ansat).");
    expect(translate("da", "meter.usage", { used: "0,27", capacity: "1", fte: "9", count: fteCount(9) })).toContain("har 9 ordinært ansatte");
  });

  it("the task finder is called the same everywhere", () => {
    expect(translate("da", "companyStart.noSlotsHr")).toContain("opgavefinderen");
    expect(translate("da", "companyStart.noSlotsHr")).not.toContain("opgaveguiden");
  });
});
