import type { MessageKey } from "~/i18n/catalogue";
import type { Industry } from "../companies/vocabulary";
import { RULES } from "../rules/rules";
import type { Weekday } from "../slots/vocabulary";
import { DEMANDS, type Demand } from "../tasks/demands";
import type { Adaptation, Chore } from "../tasks/vocabulary";
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

/**
 * What the factors read of a slot, worked out once per slot instead of once per candidate: the
 * highest level of each demand over its tasks, the kinds of task, and the adaptations offered by
 * some and by every task. Kept per slot object (a slot is read fresh for each request).
 */
interface SlotFacts {
  highest: Record<Demand, number>;
  kinds: ReadonlySet<Chore>;
  offeredBySome: ReadonlySet<Adaptation>;
  offeredByAll: ReadonlySet<Adaptation>;
}

const slotFactsKept = new WeakMap<FitSlot, SlotFacts>();

function slotFacts(s: FitSlot): SlotFacts {
  let facts = slotFactsKept.get(s);
  if (facts) return facts;
  const highest = Object.fromEntries(DEMANDS.map((d) => [d, Math.max(0, ...s.tasks.map((t) => t.demands[d] ?? 0))])) as Record<Demand, number>;
  const offeredBySome = new Set(s.tasks.flatMap((t) => t.adaptations));
  const offeredByAll = new Set([...offeredBySome].filter((a) => s.tasks.length > 0 && s.tasks.every((t) => t.adaptations.includes(a))));
  facts = { highest, kinds: new Set(s.tasks.flatMap((t) => t.chores)), offeredBySome, offeredByAll };
  slotFactsKept.set(s, facts);
  return facts;
}

/**
 * A factor's verdict, or "hard" for a hard misfit. Each factor decides its verdict once and
 * writes its line into `out` only when lines are asked for: ranking thousands of candidates
 * needs only the verdicts (`fitOrder`), the page's rows need the lines (`fit`), and both come
 * from the same decision, so they can never disagree.
 */
type Outcome = Verdict | "hard";
type Out = FitLine[] | null;

function hoursNowFactor(c: FitCandidate, s: FitSlot, out: Out): Outcome {
  const verdict: Verdict = c.hoursNow >= s.startHours ? "fits" : c.hoursNow >= s.startHours - 2 ? "clarify" : "misfit";
  out?.push({ factor: "hoursNow", verdict, key: `fit.hoursNow.${verdict}`, vars: { now: fmt(c.hoursNow), start: fmt(s.startHours) }, section: "basic" });
  return verdict;
}

function goalFactor(c: FitCandidate, s: FitSlot, out: Out): Outcome {
  if (c.goalHours == null) {
    out?.push({ factor: "goalHours", verdict: "clarify", key: "fit.goalHours.unknown", vars: { target: fmt(s.targetHours) }, section: "basic" });
    return "clarify";
  }
  const verdict: Verdict = c.goalHours >= s.targetHours ? "fits" : "clarify";
  out?.push({ factor: "goalHours", verdict, key: `fit.goalHours.${verdict}`, vars: { goal: fmt(c.goalHours), target: fmt(s.targetHours) }, section: "basic" });
  return verdict;
}

function daysFactor(c: FitCandidate, s: FitSlot, out: Out): Outcome {
  let common = 0;
  for (const d of s.workingDays) if (c.days.includes(d)) common++;
  const vars = { common, slotDays: s.workingDays.length };
  if (common === 0) {
    out?.push({ factor: "no_common_day", verdict: "misfit", key: "fit.days.none", vars, section: "basic" });
    return "hard";
  }
  const verdict: Verdict = common === s.workingDays.length ? "fits" : "clarify";
  out?.push({ factor: "days", verdict, key: `fit.days.${verdict}`, vars, section: "basic" });
  return verdict;
}

function demandsFactor(c: FitCandidate, f: SlotFacts, out: Out): Outcome {
  let worst: { verdict: Verdict; need: SupportNeed; demand: Demand } | null = null;
  for (const { need, demand } of NEED_AGAINST_DEMAND) {
    if (!c.supportNeeds.includes(need)) continue;
    const level = f.highest[demand];
    const verdict: Verdict = level >= 3 ? "misfit" : level === 2 ? "clarify" : "fits";
    if (verdict === "fits") continue;
    if (!worst || (verdict === "misfit" && worst.verdict !== "misfit")) worst = { verdict, need, demand };
  }
  if (!worst) {
    out?.push({ factor: "demands", verdict: "fits", key: c.supportNeeds.length ? "fit.demands.fits" : "fit.demands.noNeeds", section: "support" });
    return "fits";
  }
  out?.push({
    factor: "demands",
    verdict: worst.verdict,
    key: `fit.demands.${worst.verdict}`,
    terms: { need: `supportNeed.${worst.need}`, demand: `demand.${worst.demand}` },
    section: "support",
  });
  return worst.verdict;
}

function adaptationsFactor(c: FitCandidate, f: SlotFacts, out: Out): Outcome {
  if (c.supportNeeds.length === 0) {
    out?.push({ factor: "adaptations", verdict: "fits", key: "fit.adaptations.noNeeds", section: "support" });
    return "fits";
  }
  const missing = c.supportNeeds.find((n) => !f.offeredBySome.has(n));
  const partial = c.supportNeeds.find((n) => f.offeredBySome.has(n) && !f.offeredByAll.has(n));
  const verdict: Verdict = missing ? "misfit" : partial ? "clarify" : "fits";
  if (out) {
    const offered = c.supportNeeds.filter((n) => f.offeredBySome.has(n)).length;
    const vars = { needed: c.supportNeeds.length, offered };
    const need = missing ?? partial;
    out.push({ factor: "adaptations", verdict, key: `fit.adaptations.${verdict}`, vars, ...(need ? { terms: { need: `supportNeed.${need}` as const } } : {}), section: "support" });
  }
  return verdict;
}

/**
 * Danish at work, against the slot's highest language demand: 1 needs none; 2 is easy with
 * good Danish, to clarify with basic or none listed; 3 needs fluent Danish, good is to clarify.
 */
function languageFactor(c: FitCandidate, f: SlotFacts, out: Out): Outcome {
  const demand = f.highest.language;
  const danish = c.languages.find((l) => l.language === "da");
  const rank = danish ? LEVEL_RANK[danish.level] : 0;
  const verdict: Verdict = demand <= 1 ? "fits" : demand === 2 ? (rank >= 2 ? "fits" : "clarify") : rank >= 3 ? "fits" : rank === 2 ? "clarify" : "misfit";
  if (out) {
    const level: MessageKey = danish ? `languageLevel.${danish.level}` : "languageLevel.none";
    out.push({ factor: "language", vars: { demand }, terms: { level }, section: "basic", verdict, key: demand <= 1 ? "fit.language.low" : `fit.language.${verdict}` });
  }
  return verdict;
}

function industryFactor(c: FitCandidate, s: FitSlot, out: Out): Outcome {
  const verdict: Verdict = c.wishIndustries.length === 0 ? "clarify" : c.wishIndustries.includes(s.industry) ? "fits" : "misfit";
  out?.push({ factor: "industry", verdict, key: verdict === "clarify" ? "fit.industry.noWish" : `fit.industry.${verdict}`, terms: { industry: `industry.${s.industry}` }, section: "basic" });
  return verdict;
}

function taskKindsFactor(c: FitCandidate, f: SlotFacts, out: Out): Outcome {
  if (c.wishTasks.length === 0 || f.kinds.size === 0) {
    out?.push({ factor: "taskKinds", verdict: "clarify", key: c.wishTasks.length === 0 ? "fit.taskKinds.noWish" : "fit.taskKinds.unknown", section: "basic" });
    return "clarify";
  }
  const hit = c.wishTasks.find((w) => f.kinds.has(w));
  if (hit) {
    out?.push({ factor: "taskKinds", verdict: "fits", key: "fit.taskKinds.fits", terms: { kind: `chore.${hit}` }, section: "basic" });
    return "fits";
  }
  out?.push({ factor: "taskKinds", verdict: "misfit", key: "fit.taskKinds.misfit", section: "basic" });
  return "misfit";
}

function distanceFactor(c: FitCandidate, ctx: FitContext, out: Out): Outcome {
  if (ctx.distanceKm == null) {
    out?.push({ factor: "distance", verdict: "clarify", key: "fit.distance.unknown", vars: { max: c.maxTravelKm }, section: "basic" });
    return "clarify";
  }
  const beyond = ctx.distanceKm > c.maxTravelKm;
  const vars = { km: Math.round(ctx.distanceKm), max: c.maxTravelKm };
  if (beyond) out?.push({ factor: "beyond_travel", verdict: "misfit", key: "fit.distance.beyond", vars, section: "basic" });
  else out?.push({ factor: "distance", verdict: "fits", key: "fit.distance.fits", vars, section: "basic" });
  return beyond ? "hard" : "fits";
}

/**
 * The social match as far as a profile can tell (the meeting tests it): the style the
 * candidate needs against the mentor's, a language in common, and the mentor's experience
 * with people on the edge of the labour market. No language in common does not fit whatever
 * the style; experience turns a style that differs into something to clarify at the meeting.
 */
function mentorFactor(c: FitCandidate, s: FitSlot, out: Out): Outcome {
  const base = { factor: "mentor", section: "basic" } as const;
  const m = s.mentor;
  if (m && m.languages.length > 0 && c.languages.length > 0 && !c.languages.some((l) => m.languages.includes(l.language))) {
    out?.push({ ...base, verdict: "misfit", key: "fit.mentor.noCommonLanguage" });
    return "misfit";
  }
  const styles = m?.styles ?? [];
  const experienced = m?.edgeExperience === true;
  if (c.mentorStyles.length === 0 || styles.length === 0) {
    out?.push({ ...base, verdict: "clarify", key: experienced ? "fit.mentor.experiencedStyleOpen" : c.mentorStyles.length === 0 ? "fit.mentor.noWish" : "fit.mentor.noProfile" });
    return "clarify";
  }
  const common = c.mentorStyles.find((st) => styles.includes(st));
  if (common) {
    out?.push({ ...base, verdict: "fits", key: experienced ? "fit.mentor.fitsExperienced" : "fit.mentor.fits", terms: { style: `mentorStyle.${common}` } });
    return "fits";
  }
  const verdict: Verdict = experienced ? "clarify" : "misfit";
  out?.push({ ...base, verdict, key: experienced ? "fit.mentor.styleDiffersExperienced" : "fit.mentor.misfit", terms: { wished: `mentorStyle.${c.mentorStyles[0]!}`, offered: `mentorStyle.${styles[0]!}` } });
  return verdict;
}

const HARD: readonly string[] = ["no_common_day", "beyond_travel", "active_placement", "consent"];

/** A stored fit (a proposal keeps its lines in one list) split back into lines and hard misfits. */
export function splitFitLines(all: readonly FitLine[]): { lines: FitLine[]; hardMisfits: FitLine[] } {
  return { lines: all.filter((l) => !HARD.includes(l.factor)), hardMisfits: all.filter((l) => HARD.includes(l.factor)) };
}

const W = RULES.fitWeights;

/** Adds a factor's weight to the order ("fits" adds, "does not fit" subtracts); counts a hard misfit. */
function weigh(acc: { order: number; hard: number }, weight: number, outcome: Outcome): void {
  if (outcome === "hard") acc.hard++;
  else acc.order += outcome === "fits" ? weight : outcome === "misfit" ? -weight : 0;
}

/** Every factor in the order its lines are shown; the sort key they add up to. */
function evaluate(c: FitCandidate, s: FitSlot, ctx: FitContext, out: Out): number {
  const f = slotFacts(s);
  const acc = { order: 0, hard: 0 };
  weigh(acc, W.hoursNow, hoursNowFactor(c, s, out));
  weigh(acc, W.goalHours, goalFactor(c, s, out));
  weigh(acc, W.days, daysFactor(c, s, out));
  weigh(acc, W.demands, demandsFactor(c, f, out));
  weigh(acc, W.adaptations, adaptationsFactor(c, f, out));
  weigh(acc, W.language, languageFactor(c, f, out));
  weigh(acc, W.industry, industryFactor(c, s, out));
  weigh(acc, W.taskKinds, taskKindsFactor(c, f, out));
  weigh(acc, W.distance, distanceFactor(c, ctx, out));
  weigh(acc, W.mentor, mentorFactor(c, s, out));
  if (c.inActivePlacement) {
    out?.push({ factor: "active_placement", verdict: "misfit", key: "fit.activePlacement", section: "basic" });
    acc.hard++;
  }
  if (!ctx.consentCovers) {
    out?.push({ factor: "consent", verdict: "misfit", key: "fit.consent", section: "basic" });
    acc.hard++;
  }
  // Hard misfits always sort after every candidate without one.
  return acc.hard > 0 ? acc.order - 1000 * acc.hard : acc.order;
}

export function fit(candidate: FitCandidate, slot: FitSlot, ctx: FitContext): Fit {
  const all: FitLine[] = [];
  const order = evaluate(candidate, slot, ctx, all);
  const { lines, hardMisfits } = splitFitLines(all);
  return { lines, hardMisfits, order };
}

/** `fit(...).order` without writing a single line: for ranking many, where only the page's rows get their lines. */
export function fitOrder(candidate: FitCandidate, slot: FitSlot, ctx: FitContext): number {
  return evaluate(candidate, slot, ctx, null);
}

/** Ranked, best first; ties keep the given order (e.g. by name). Hard misfits come last, never hidden. */
export function rank<T>(items: readonly T[], orderOf: (item: T) => number): T[] {
  const orders = items.map(orderOf);
  return items
    .map((_, index) => index)
    .sort((a, b) => orders[b]! - orders[a]! || a - b)
    .map((index) => items[index]!);
}
