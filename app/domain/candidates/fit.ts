import type { MessageKey } from "~/i18n/catalogue";
import type { Industry } from "../companies/vocabulary";
import { RULES } from "../rules/rules";
import type { Weekday } from "../slots/vocabulary";
import type { Adaptation, Chore, Demand } from "../tasks/vocabulary";
import type { LanguageSkill } from "./vocabulary";
import type { Language, MentorStyle, ShareSection, SupportNeed } from "./vocabulary";

/**
 * The explainable fit between a candidate and a slot: one plain line per factor, marked
 * fits / to clarify / does not fit, and the hard misfits with their reason. Pure. There is
 * no overall percentage: `order` only sorts lists; the consultant reads the lines and decides.
 */
export type Verdict = "fits" | "clarify" | "misfit";
export type FitFactor = keyof typeof RULES.fitWeights;
export type HardMisfit = "no_common_day" | "beyond_travel" | "active_placement" | "consent";

export interface FitLine {
  factor: FitFactor | HardMisfit;
  verdict: Verdict;
  /** Message key; `vars` fill it, `terms` are message keys to translate first. */
  key: MessageKey;
  vars?: Record<string, number>;
  terms?: Record<string, MessageKey>;
  /** The profile section the line reveals; a company sees it only if consent shares it. */
  section: ShareSection;
}

export interface FitCandidate {
  hoursNow: number;
  goalHours: number | null;
  days: readonly Weekday[];
  supportNeeds: readonly SupportNeed[];
  languages: readonly LanguageSkill[];
  wishIndustries: readonly Industry[];
  wishTasks: readonly Chore[];
  maxTravelKm: number;
  mentorStyles: readonly MentorStyle[];
  inActivePlacement: boolean;
}

export interface FitSlotTask {
  demands: Partial<Record<Demand, number | null>>;
  adaptations: readonly Adaptation[];
  /** Kinds of task, when the task came from the catalogue; empty when unknown. */
  chores: readonly Chore[];
}

export interface FitMentor {
  styles: readonly MentorStyle[];
  /** Has worked with people on the edge of the labour market. */
  edgeExperience: boolean;
  /** The languages the mentor speaks; empty when not stated. */
  languages: readonly Language[];
}

export interface FitSlot {
  startHours: number;
  targetHours: number;
  workingDays: readonly Weekday[];
  industry: Industry;
  tasks: readonly FitSlotTask[];
  mentor: FitMentor | null;
}

export interface FitContext {
  /** Between the candidate's postcode and the workplace's; null when either is unknown. */
  distanceKm: number | null;
  consentCovers: boolean;
}

export interface Fit {
  lines: FitLine[];
  hardMisfits: FitLine[];
  /** Sort key only (weights from the rules table); never shown. */
  order: number;
}

/** A support need that a demand at this level works against. */
const NEED_AGAINST_DEMAND: readonly { need: SupportNeed; demand: Demand }[] = [
  { need: "seated", demand: "physical" },
  { need: "quiet_place", demand: "social" },
  { need: "short_sessions", demand: "pace" },
  { need: "fixed_routines", demand: "pace" },
];

const LEVEL_RANK = { basic: 1, good: 2, fluent: 3 } as const;

const fmt = (n: number) => Math.round(n * 10) / 10;

function hoursNowLine(c: FitCandidate, s: FitSlot): FitLine {
  const vars = { now: fmt(c.hoursNow), start: fmt(s.startHours) };
  if (c.hoursNow >= s.startHours) return { factor: "hoursNow", verdict: "fits", key: "fit.hoursNow.fits", vars, section: "basic" };
  if (c.hoursNow >= s.startHours - 2) return { factor: "hoursNow", verdict: "clarify", key: "fit.hoursNow.clarify", vars, section: "basic" };
  return { factor: "hoursNow", verdict: "misfit", key: "fit.hoursNow.misfit", vars, section: "basic" };
}

function goalLine(c: FitCandidate, s: FitSlot): FitLine {
  if (c.goalHours == null) return { factor: "goalHours", verdict: "clarify", key: "fit.goalHours.unknown", vars: { target: fmt(s.targetHours) }, section: "basic" };
  const vars = { goal: fmt(c.goalHours), target: fmt(s.targetHours) };
  if (c.goalHours >= s.targetHours) return { factor: "goalHours", verdict: "fits", key: "fit.goalHours.fits", vars, section: "basic" };
  return { factor: "goalHours", verdict: "clarify", key: "fit.goalHours.clarify", vars, section: "basic" };
}

function daysLine(c: FitCandidate, s: FitSlot): FitLine {
  const common = s.workingDays.filter((d) => c.days.includes(d)).length;
  const vars = { common, slotDays: s.workingDays.length };
  if (common === 0) return { factor: "no_common_day", verdict: "misfit", key: "fit.days.none", vars, section: "basic" };
  if (common === s.workingDays.length) return { factor: "days", verdict: "fits", key: "fit.days.fits", vars, section: "basic" };
  return { factor: "days", verdict: "clarify", key: "fit.days.clarify", vars, section: "basic" };
}

function highest(s: FitSlot, demand: Demand): number {
  return Math.max(0, ...s.tasks.map((t) => t.demands[demand] ?? 0));
}

function demandsLine(c: FitCandidate, s: FitSlot): FitLine {
  let worst: { verdict: Verdict; need: SupportNeed; demand: Demand } | null = null;
  for (const { need, demand } of NEED_AGAINST_DEMAND) {
    if (!c.supportNeeds.includes(need)) continue;
    const level = highest(s, demand);
    const verdict: Verdict = level >= 3 ? "misfit" : level === 2 ? "clarify" : "fits";
    if (verdict === "fits") continue;
    if (!worst || (verdict === "misfit" && worst.verdict !== "misfit")) worst = { verdict, need, demand };
  }
  if (!worst) return { factor: "demands", verdict: "fits", key: c.supportNeeds.length ? "fit.demands.fits" : "fit.demands.noNeeds", section: "support" };
  return {
    factor: "demands",
    verdict: worst.verdict,
    key: `fit.demands.${worst.verdict}`,
    terms: { need: `supportNeed.${worst.need}`, demand: `demand.${worst.demand}` },
    section: "support",
  };
}

function adaptationsLine(c: FitCandidate, s: FitSlot): FitLine {
  if (c.supportNeeds.length === 0) return { factor: "adaptations", verdict: "fits", key: "fit.adaptations.noNeeds", section: "support" };
  const offeredByAll = (a: Adaptation) => s.tasks.length > 0 && s.tasks.every((t) => t.adaptations.includes(a));
  const offeredBySome = (a: Adaptation) => s.tasks.some((t) => t.adaptations.includes(a));
  const missing = c.supportNeeds.filter((n) => !offeredBySome(n));
  const partial = c.supportNeeds.filter((n) => offeredBySome(n) && !offeredByAll(n));
  const vars = { needed: c.supportNeeds.length, offered: c.supportNeeds.length - missing.length };
  if (missing.length > 0) return { factor: "adaptations", verdict: "misfit", key: "fit.adaptations.misfit", vars, terms: { need: `supportNeed.${missing[0]!}` }, section: "support" };
  if (partial.length > 0) return { factor: "adaptations", verdict: "clarify", key: "fit.adaptations.clarify", vars, terms: { need: `supportNeed.${partial[0]!}` }, section: "support" };
  return { factor: "adaptations", verdict: "fits", key: "fit.adaptations.fits", vars, section: "support" };
}

/**
 * Danish at work, against the slot's highest language demand: 1 needs none; 2 is easy with
 * good Danish, to clarify with basic or none listed; 3 needs fluent Danish, good is to clarify.
 */
function languageLine(c: FitCandidate, s: FitSlot): FitLine {
  const demand = highest(s, "language");
  const danish = c.languages.find((l) => l.language === "da");
  const rank = danish ? LEVEL_RANK[danish.level] : 0;
  const level: MessageKey = danish ? `languageLevel.${danish.level}` : "languageLevel.none";
  const base = { factor: "language" as const, vars: { demand }, terms: { level }, section: "basic" as const };
  if (demand <= 1) return { ...base, verdict: "fits", key: "fit.language.low" };
  const verdict: Verdict = demand === 2 ? (rank >= 2 ? "fits" : "clarify") : rank >= 3 ? "fits" : rank === 2 ? "clarify" : "misfit";
  return { ...base, verdict, key: `fit.language.${verdict}` };
}

function industryLine(c: FitCandidate, s: FitSlot): FitLine {
  const terms: Record<string, MessageKey> = { industry: `industry.${s.industry}` };
  if (c.wishIndustries.length === 0) return { factor: "industry", verdict: "clarify", key: "fit.industry.noWish", terms, section: "basic" };
  if (c.wishIndustries.includes(s.industry)) return { factor: "industry", verdict: "fits", key: "fit.industry.fits", terms, section: "basic" };
  return { factor: "industry", verdict: "misfit", key: "fit.industry.misfit", terms, section: "basic" };
}

function taskKindsLine(c: FitCandidate, s: FitSlot): FitLine {
  const kinds = new Set(s.tasks.flatMap((t) => t.chores));
  if (c.wishTasks.length === 0) return { factor: "taskKinds", verdict: "clarify", key: "fit.taskKinds.noWish", section: "basic" };
  if (kinds.size === 0) return { factor: "taskKinds", verdict: "clarify", key: "fit.taskKinds.unknown", section: "basic" };
  const hit = c.wishTasks.find((w) => kinds.has(w));
  if (hit) return { factor: "taskKinds", verdict: "fits", key: "fit.taskKinds.fits", terms: { kind: `chore.${hit}` }, section: "basic" };
  return { factor: "taskKinds", verdict: "misfit", key: "fit.taskKinds.misfit", section: "basic" };
}

function distanceLine(c: FitCandidate, ctx: FitContext): FitLine {
  if (ctx.distanceKm == null) return { factor: "distance", verdict: "clarify", key: "fit.distance.unknown", vars: { max: c.maxTravelKm }, section: "basic" };
  const vars = { km: Math.round(ctx.distanceKm), max: c.maxTravelKm };
  if (ctx.distanceKm > c.maxTravelKm) return { factor: "beyond_travel", verdict: "misfit", key: "fit.distance.beyond", vars, section: "basic" };
  return { factor: "distance", verdict: "fits", key: "fit.distance.fits", vars, section: "basic" };
}

/**
 * The social match as far as a profile can tell (the meeting tests it): the style the
 * candidate needs against the mentor's, a language in common, and the mentor's experience
 * with people on the edge of the labour market. No language in common does not fit whatever
 * the style; experience turns a style that differs into something to clarify at the meeting.
 */
function mentorLine(c: FitCandidate, s: FitSlot): FitLine {
  const base = { factor: "mentor", section: "basic" } as const;
  const m = s.mentor;
  const spoken = c.languages.map((l) => l.language);
  if (m && m.languages.length > 0 && spoken.length > 0 && !spoken.some((l) => m.languages.includes(l))) {
    return { ...base, verdict: "misfit", key: "fit.mentor.noCommonLanguage" };
  }
  const styles = m?.styles ?? [];
  const experienced = m?.edgeExperience === true;
  if (c.mentorStyles.length === 0 || styles.length === 0) {
    if (experienced) return { ...base, verdict: "clarify", key: "fit.mentor.experiencedStyleOpen" };
    return { ...base, verdict: "clarify", key: c.mentorStyles.length === 0 ? "fit.mentor.noWish" : "fit.mentor.noProfile" };
  }
  const common = c.mentorStyles.find((st) => styles.includes(st));
  if (common) return { ...base, verdict: "fits", key: experienced ? "fit.mentor.fitsExperienced" : "fit.mentor.fits", terms: { style: `mentorStyle.${common}` } };
  const terms = { wished: `mentorStyle.${c.mentorStyles[0]!}`, offered: `mentorStyle.${styles[0]!}` } as const;
  if (experienced) return { ...base, verdict: "clarify", key: "fit.mentor.styleDiffersExperienced", terms };
  return { ...base, verdict: "misfit", key: "fit.mentor.misfit", terms };
}

const HARD: readonly string[] = ["no_common_day", "beyond_travel", "active_placement", "consent"];

/** A stored fit (a proposal keeps its lines in one list) split back into lines and hard misfits. */
export function splitFitLines(all: readonly FitLine[]): { lines: FitLine[]; hardMisfits: FitLine[] } {
  return { lines: all.filter((l) => !HARD.includes(l.factor)), hardMisfits: all.filter((l) => HARD.includes(l.factor)) };
}

export function fit(candidate: FitCandidate, slot: FitSlot, ctx: FitContext): Fit {
  const all: FitLine[] = [
    hoursNowLine(candidate, slot),
    goalLine(candidate, slot),
    daysLine(candidate, slot),
    demandsLine(candidate, slot),
    adaptationsLine(candidate, slot),
    languageLine(candidate, slot),
    industryLine(candidate, slot),
    taskKindsLine(candidate, slot),
    distanceLine(candidate, ctx),
    mentorLine(candidate, slot),
  ];
  if (candidate.inActivePlacement) all.push({ factor: "active_placement", verdict: "misfit", key: "fit.activePlacement", section: "basic" });
  if (!ctx.consentCovers) all.push({ factor: "consent", verdict: "misfit", key: "fit.consent", section: "basic" });
  const { lines, hardMisfits } = splitFitLines(all);
  let order = 0;
  for (const line of lines) {
    const weight = RULES.fitWeights[line.factor as FitFactor];
    order += line.verdict === "fits" ? weight : line.verdict === "misfit" ? -weight : 0;
  }
  // Hard misfits always sort after every candidate without one.
  if (hardMisfits.length > 0) order -= 1000 * hardMisfits.length;
  return { lines, hardMisfits, order };
}

/** Ranked, best first; ties keep the given order (e.g. by name). Hard misfits come last, never hidden. */
export function rank<T>(items: readonly T[], fitOf: (item: T) => Fit): { item: T; fit: Fit }[] {
  return items
    .map((item, index) => ({ item, fit: fitOf(item), index }))
    .sort((a, b) => b.fit.order - a.fit.order || a.index - b.index)
    .map(({ item, fit: f }) => ({ item, fit: f }));
}
