import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_EVENTS } from "~/domain/audit/events";
import { COMPANY_STATUSES, INDUSTRIES } from "~/domain/companies/schema";
import { navFor } from "~/http/navigation";
import { ROLES } from "~/domain/users/schema";
import { nextActionKey, SUBMIT_BLOCKERS } from "~/domain/slots/next-action";
import { TEXT_LIMITS, tooLong } from "~/domain/shared/text-limits";
import { REP_STATUSES, SLOT_KINDS, SLOT_STATUSES, WEEKDAYS } from "~/domain/slots/schema";
import { SLOT_TRANSITIONS } from "~/domain/slots/status";
import { ADAPTATIONS, CHORES, DEMANDS, FREQUENCIES, LEARNING_TIMES, STRETCHED_AREAS, TASK_STATUSES } from "~/domain/tasks/schema";
import { AREA_NAMES, AREAS, CATALOGUES } from "./catalogue";
import { isKeyOf } from "./keys";
import { SLOT_DONE } from "./slots/keys";
import { levelKey } from "./tasks/keys";
import { formatList, isMessageKey, translate, translateMessage } from "./translate";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("message catalogue", () => {
  it.each(AREA_NAMES)("has the same keys in Danish and English in area %s", (area) => {
    expect(Object.keys(AREAS[area].en).sort()).toEqual(Object.keys(AREAS[area].da).sort());
  });

  it.each(AREA_NAMES)("keeps the placeholders and plural forms of every message in area %s", (area) => {
    const { da, en } = AREAS[area] as { da: Record<string, unknown>; en: Record<string, unknown> };
    const placeholders = (m: unknown) => [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const key of Object.keys(da)) {
      expect(placeholders(en[key]), key).toEqual(placeholders(da[key]));
      expect(typeof en[key], key).toBe(typeof da[key]);
    }
  });

  it("defines each key in one area only, and every area's keys reach the catalogue", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const area of AREA_NAMES) {
      for (const key of Object.keys(AREAS[area].da)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${area})`);
        seen.set(key, area);
      }
    }
    expect(twice).toEqual([]);
    expect(Object.keys(CATALOGUES.da).sort()).toEqual([...seen.keys()].sort());
    expect(Object.keys(CATALOGUES.en).sort()).toEqual([...seen.keys()].sort());
  });

  it("keeps every message non-empty in both languages", () => {
    for (const [key, message] of [...Object.entries(CATALOGUES.da), ...Object.entries(CATALOGUES.en)]) {
      const forms = typeof message === "string" ? [message] : [message.one, message.other];
      for (const form of forms) expect(form.trim(), key).not.toBe("");
    }
  });

  it("defines every literal key the code uses", () => {
    const used = new Set<string>();
    for (const file of sourceFiles("app")) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bt\("([a-zA-Z0-9_.]+)"/g)) used.add(m[1]!);
      for (const m of text.matchAll(/"((?:error|nav|hint|field)\.[a-zA-Z0-9_.]+)"/g)) used.add(m[1]!);
    }
    const missing = [...used].filter((k) => !isMessageKey(k));
    expect(missing).toEqual([]);
  });

  it("defines every key built from data (roles, statuses, industries, audit events, navigation)", () => {
    const built = [
      ...ROLES.map((r) => `role.${r}`),
      ...COMPANY_STATUSES.map((s) => `companyStatus.${s}`),
      ...INDUSTRIES.map((i) => `industry.${i}`),
      ...AUDIT_EVENTS.map((e) => `auditEvent.${e}`),
      ...ROLES.flatMap((r) => navFor(r).map((n) => n.labelKey)),
      ...["notFound", "forbidden", "tooMany", "serverError"].flatMap((k) => [`errorPage.${k}.title`, `errorPage.${k}.body`]),
      ...TASK_STATUSES.map((s) => `taskStatus.${s}`),
      ...FREQUENCIES.map((f) => `frequency.${f}`),
      ...LEARNING_TIMES.map((l) => `learningTime.${l}`),
      ...DEMANDS.flatMap((d) => [`demand.${d}`, `demandHint.${d}`]),
      ...[1, 2, 3].map((l) => `level.${l}`),
      ...ADAPTATIONS.map((a) => `adaptation.${a}`),
      ...STRETCHED_AREAS.map((a) => `area.${a}`),
      ...CHORES.map((c) => `chore.${c}`),
      ...["activate", "archive", "restore"].flatMap((c) => [`tasks.command.${c}`, `tasks.done.${c}`]),
      ...SLOT_KINDS.map((k) => `slotKind.${k}`),
      ...SLOT_STATUSES.map((s) => `slotStatus.${s}`),
      ...REP_STATUSES.map((s) => `repStatus.${s}`),
      ...WEEKDAYS.map((d) => `weekday.${d}`),
      ...SLOT_STATUSES.flatMap((s) =>
        REP_STATUSES.flatMap((repStatus) =>
          [true, false].flatMap((needsRep) =>
            [true, false].flatMap((companyVerified) =>
              [true, false].flatMap((fits) => [true, false].map((hasActiveTask) => nextActionKey(s, { repStatus, needsRep, companyVerified, fits, hasActiveTask }))),
            ),
          ),
        ),
      ),
      ...SUBMIT_BLOCKERS.map((b) => `slots.blocker.${b}`),
      ...TEXT_LIMITS.map(tooLong),
      ...WEEKDAYS.map((d) => `weekdayInText.${d}`),
      ...ROLES.map((r) => `roleInSentence.${r}`),
      ...[...Object.keys(SLOT_TRANSITIONS).filter((c) => c !== "requestRepresentative" && !c.startsWith("reopenFor")), "created", "edited", "reopened_for_review", "reopened_for_representative", "representative_requested", "representative_resent", "representative_confirmed", "representative_declined"].map((e) => `slotEvent.${e}`),
      ...["submit", "withdraw", "markFilled", "close"].map((c) => `slots.command.${c}`),
      ...["representative", "submit", "withdraw", "markFilled", "close"].map((c) => `slots.done.${c}`),
      ...["approve", "requestChanges", "reject"].map((c) => `review.done.${c}`),
    ];
    expect(built.filter((k) => !isMessageKey(k))).toEqual([]);
  });

  it("reads as Danish: plurals, lower-case weekdays in a sentence, roles in a sentence, limits told", () => {
    expect(translate("da", "meter.fitSeats", { count: 1 })).toBe("Med disse timer er der plads til 1 person.");
    expect(translate("da", "meter.fitSeats", { count: 3 })).toBe("Med disse timer er der plads til 3 personer.");
    expect(translate("da", "meter.over", { count: 1.38 })).toBe("Praktikpladsen overskrider rimelighedskravet med 1,38 årsværk (personer på fuld tid).");
    expect(formatList("da", (["mon", "tue", "wed"] as const).map((d) => translate("da", `weekdayInText.${d}`)))).toBe("mandag, tirsdag og onsdag");
    expect(translate("da", "invite.lead", { organisation: "Bageriet", role: translate("da", "roleInSentence.mentor") })).toBe("Du er inviteret til Bageriet som mentor.");
    expect(translate("da", tooLong(120))).toBe("Skriv højst 120 tegn");
  });

  it("uses Danish plural forms and number formats", () => {
    expect(translate("da", "companies.count", { count: 1 })).toBe("1 virksomhed");
    expect(translate("da", "companies.count", { count: 1234 })).toBe("1.234 virksomheder");
    expect(translate("en", "companies.count", { count: 2 })).toBe("2 companies");
  });

  it("accepts only real keys, and keys that arrive as data are checked", () => {
    // @ts-expect-error — not a key of the catalogue: the type checker refuses it.
    expect(translate("da", "no.such.key")).toBe("no.such.key");
    expect(isMessageKey("form.save")).toBe(true);
    expect(isMessageKey("no.such.key")).toBe(false);
    expect(isKeyOf(SLOT_DONE, "submit")).toBe(true);
    expect(isKeyOf(SLOT_DONE, "toString")).toBe(false);
    expect(levelKey(2)).toBe("level.2");
    expect(levelKey(7)).toBeUndefined();
  });

  it("reads a message that travels as data: a key, a key with variables, or several", () => {
    expect(translateMessage("da", "form.save")).toBe("Gem");
    expect(translateMessage("en", { key: "error.login.throttled", vars: { count: 1 } })).toContain("1 minute");
    expect(translateMessage("da", [{ key: "meter.over", vars: { count: 2.5 } }, { key: "meter.fitNothing" }])).toBe(
      `${translate("da", "meter.over", { count: 2.5 })} ${translate("da", "meter.fitNothing")}`,
    );
    expect(translate("da", "meter.over", { count: 2.5 })).toContain("2,5");
  });
});
