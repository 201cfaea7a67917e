import { z } from "zod";
import { DIAGNOSIS_WORDS } from "./diagnosis-words";

/**
 * A profile says what helps, never what is wrong, and never who someone is by number. Every
 * free-text field about a candidate (and every text shown with one) goes through this guard.
 */
export type SensitiveFinding = "cpr" | "diagnosis";

/** ddmmyy-xxxx with or without the dash, spaces or dots between the groups. */
const CPR_SHAPE = /(?<!\d)(\d{2})[ .]?(\d{2})[ .]?(\d{2})[ .]?[-–]?[ .]?(\d{4})(?!\d)/g;

function looksLikeCpr(text: string): boolean {
  for (const match of text.matchAll(CPR_SHAPE)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return true;
  }
  return false;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function diagnosisIn(text: string): string | null {
  for (const [word] of text.toLocaleLowerCase("da").matchAll(WORD)) {
    const hit = DIAGNOSIS_WORDS.find((d) => (d.match === "word" ? word === d.term : word.startsWith(d.term)));
    if (hit) return hit.term;
  }
  return null;
}

export function findSensitive(text: string): SensitiveFinding | null {
  if (looksLikeCpr(text)) return "cpr";
  if (diagnosisIn(text)) return "diagnosis";
  return null;
}

export const SENSITIVE_MESSAGE: Record<SensitiveFinding, string> = {
  cpr: "error.sensitive.cpr",
  diagnosis: "error.sensitive.diagnosis",
};

function refuseSensitive(value: string | null | undefined, ctx: z.RefinementCtx) {
  const finding = value ? findSensitive(value) : null;
  if (finding) ctx.addIssue({ code: z.ZodIssueCode.custom, message: SENSITIVE_MESSAGE[finding] });
}

/** Optional free text: trimmed, length-checked, guarded; empty means null. */
export const guardedText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "error.text.tooLong")
    .optional()
    .transform((v) => (v ? v : null))
    .superRefine(refuseSensitive);

/** Required free text with its own message when missing. */
export const requiredGuardedText = (min: number, max: number, missingKey: string) =>
  z
    .string({ required_error: missingKey })
    .trim()
    .min(min, missingKey)
    .max(max, "error.text.tooLong")
    .superRefine(refuseSensitive);
