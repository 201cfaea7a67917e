/**
 * Demo candidates, consents and proposals, through the real commands: about 25 candidates in
 * København and 10 in Aarhus with varied profiles, consents (one expiring within 14 days, one
 * expired, one withdrawn), and proposals in every state with a few declines and reasons.
 * Only the passing of time is written directly: an expired consent cannot be recorded.
 */
import { eq } from "drizzle-orm";
import { actorFor } from "~/auth/current-user.server";
import type { Db } from "~/db/client.server";
import { candidates, companies, consents, jobcentres, slots, users } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { createCandidate, recordConsent, withdrawConsent } from "~/domain/candidates/commands.server";
import { addDays, addMonths } from "~/domain/candidates/consent";
import { keepConsentExpiry } from "~/domain/candidates/consent.server";
import { candidateInput, shapeCandidateForm } from "~/domain/candidates/schema";
import { saveMentorProfile } from "~/domain/mentors/commands.server";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { recordMeetingOutcome } from "~/domain/proposals/meeting-outcome.server";
import { addWorkingDays, copenhagenDate } from "~/domain/shared/working-days";

const ALIASES_KBH = [
  "Sara", "Ahmed", "Mette", "Jonas", "Fatima", "Lars", "Nadia", "Peter", "Amira", "Kim",
  "Louise", "Omar", "Camilla", "Bo", "Yasmin", "Henrik", "Ida", "Ali", "Rikke", "Tobias",
  "Hanne", "Mikkel", "Zainab", "Emil", "Birgitte",
];
const ALIASES_AARHUS = ["Anders", "Leila", "Søren", "Maja", "Hassan", "Trine", "Nikolaj", "Dorthe", "Rasmus", "Signe"];
const POSTCODES_KBH = ["2200", "2300", "2400", "2450", "2500", "2700", "2720", "1620", "2000", "2100", "2610", "2650"];
const POSTCODES_AARHUS = ["8000", "8200", "8210", "8220", "8260", "8270"];
const AGE_BANDS = ["18-24", "25-29", "30-39", "40-49", "50-59", "60+"] as const;
const GROUPS = ["kontanthjaelp_aktivitetsparat", "sygedagpenge", "jobafklaring", "ledighedsydelse", "ressourceforloeb", "uddannelseshjaelp", "foertidspension", "kontanthjaelp_jobparat"];
const STRENGTHS = [
  "Mødestabil og god til at holde orden",
  "Glad for at arbejde med hænderne og lærer hurtigt ved at se det gjort",
  "Omhyggelig og grundig, kan lide faste opgaver",
  "Venlig og god til at hjælpe andre",
  "Stærk og udholdende, kan lide at være i gang",
  "God til tal og lister, overblik over varer",
];
const SUPPORT = [["quiet_place"], ["fixed_routines", "short_sessions"], [], ["seated"], ["flexible_hours"], ["fixed_routines"]];
const DAYS = [["mon", "tue", "wed", "thu", "fri"], ["mon", "tue", "wed"], ["tue", "thu"], ["mon", "wed", "fri"], ["sat", "sun"]];
const WISH_INDUSTRIES = [["bakery_food"], ["retail"], ["bakery_food", "retail"], [], ["warehouse_logistics"], ["elderly_care"]];
const WISH_TASKS = [["washing_up", "packing"], ["restocking"], ["cleaning"], [], ["sorting", "labelling"], ["food_prep"]];
const MENTOR = [["calm"], ["structured"], ["calm", "humorous"], [], ["direct"]];

function ctxOf(db: Db, email: string, now: Date): Ctx {
  const user = db.select().from(users).where(eq(users.email, email)).get()!;
  return { db, actor: actorFor(db, user), now };
}

function makeCandidates(db: Db, consultantEmail: string, aliases: string[], postcodes: string[], now: Date): number[] {
  const ctx = ctxOf(db, consultantEmail, now);
  return aliases.map((alias, i) => {
    const hoursNow = [6, 8, 10, 12, 15, 4, 20][i % 7]!;
    return createCandidate(
      ctx,
      candidateInput.parse(
        shapeCandidateForm({
          alias,
          ageBand: AGE_BANDS[i % AGE_BANDS.length],
          postcode: postcodes[i % postcodes.length],
          targetGroup: GROUPS[i % GROUPS.length],
          language1: "da",
          level1: ["good", "fluent", "basic"][i % 3],
          ...(i % 4 === 1 ? { language2: "ar", level2: "fluent" } : {}),
          ...(i % 5 === 2 ? { language2: "en", level2: "good" } : {}),
          experience: i % 3 === 0 ? "Har arbejdet i køkken og som opvasker i et par år." : i % 3 === 1 ? "Frivillig i en genbrugsbutik." : "",
          experienceIndustries: i % 3 === 0 ? ["hotel_restaurant"] : i % 3 === 1 ? ["retail"] : [],
          strengths: STRENGTHS[i % STRENGTHS.length],
          wishIndustries: WISH_INDUSTRIES[i % WISH_INDUSTRIES.length],
          wishTasks: WISH_TASKS[i % WISH_TASKS.length],
          hoursNow: String(hoursNow),
          goalHours: i % 6 === 5 ? "" : String(Math.min(37, hoursNow + 10)),
          days: DAYS[i % DAYS.length],
          transport: [["bike"], ["public"], ["bike", "public"], ["car"], ["foot", "public"]][i % 5],
          maxTravelKm: String([5, 10, 15, 25, 8][i % 5]),
          supportNeeds: SUPPORT[i % SUPPORT.length],
          supportText: i % 2 === 0 ? "Har det bedst med en fast plads og at vide, hvad dagen bringer." : "",
          activities: i % 4 === 0 ? "Går til samtaler hos en psykolog om tirsdagen." : "",
          mentorStyles: MENTOR[i % MENTOR.length],
          mentorWish: i % 5 === 0 ? "En, der tager sig tid til at vise tingene." : "",
          responsibleUserId: String(ctx.actor.userId),
        }),
      ),
    );
  });
}

/** Consents: most valid for any company, some only for listed companies, a few special cases. */
function giveConsents(db: Db, consultantEmail: string, ids: number[], now: Date, listed: number[]) {
  const today = copenhagenDate(now);
  const given = addDays(today, -40);
  const ctx = ctxOf(db, consultantEmail, now);
  ids.forEach((candidateId, i) => {
    if (i === ids.length - 1) return; // no consent yet
    const scope = i % 6 === 3 && listed.length ? "listed" : "any";
    const expiresOn = i === 1 ? addDays(today, 10) : addMonths(given, 6);
    recordConsent(ctx, { candidateId, givenOn: given, method: (["signed_form", "digital", "meeting"] as const)[i % 3]!, scope, companyIds: scope === "listed" ? listed : [], sections: i % 2 === 0 ? ["experience", "support"] : ["support"], expiresOn });
  });
  // One consent has run out: time passed since it was recorded.
  const expired = ids[2];
  if (expired) {
    db.update(consents).set({ givenOn: addDays(today, -200), expiresOn: addDays(today, -3) }).where(eq(consents.candidateId, expired)).run();
    // …and the candidate's kept last day with it, as recordConsent keeps it (decision 044).
    keepConsentExpiry(db, expired, addDays(today, -3));
  }
}

function slotId(db: Db, title: string): number {
  return db.select({ id: slots.id }).from(slots).where(eq(slots.title, title)).get()!.id;
}

export function seedCandidates(db: Db, now: Date) {
  const kbh = db.select().from(jobcentres).where(eq(jobcentres.name, "Jobcenter København")).get();
  const aarhus = db.select().from(jobcentres).where(eq(jobcentres.name, "Jobcenter Aarhus")).get();
  if (!kbh || !aarhus) return;
  if (db.select({ id: candidates.id }).from(candidates).where(eq(candidates.jobcentreId, kbh.id)).get()) return;

  saveMentorProfile(ctxOf(db, "mentor@demo.test", now), { styles: ["calm", "structured"], edgeExperience: true, languages: ["da", "en"], line: "Jeg viser tingene først og giver god tid til spørgsmål." });
  const amager = db.select().from(companies).where(eq(companies.cvr, "29876541")).get()!;

  const kbhIds = makeCandidates(db, "konsulent@demo.test", ALIASES_KBH, POSTCODES_KBH, now);
  // Zainab (the 23rd) gets her consent history below: given and withdrawn almost a year ago.
  const formerlyConsented = kbhIds[22]!;
  giveConsents(db, "konsulent@demo.test", kbhIds.filter((id) => id !== formerlyConsented), now, [amager.id]);
  const aarhusIds = makeCandidates(db, "konsulent2@demo.test", ALIASES_AARHUS, POSTCODES_AARHUS, now);
  giveConsents(db, "konsulent2@demo.test", aarhusIds, now, []);

  const today = copenhagenDate(now);
  const past = (workingDays: number) => new Date(`${addWorkingDays(today, -workingDays)}T09:00:00Z`);
  const consultant = (at: Date) => ctxOf(db, "konsulent@demo.test", at);
  const hr = (at: Date) => ctxOf(db, "hr@demo.test", at);
  const hrAmager = (at: Date) => ctxOf(db, "hr3@demo.test", at);
  const afternoon = slotId(db, "Eftermiddagsopvask og afvejning");
  const netOrders = slotId(db, "Pakning af netordrer");
  const shop = slotId(db, "Praktik i butik og pakkeri");
  const meeting = (days: number) => ({ meetingDate: addDays(today, days), meetingTime: "10:00", meetingPlace: "Bageriet i Valby, Gammel Køge Landevej 110" });
  const motivation = "Stabil, glad for faste opgaver og klar til at starte med få timer.";
  const [a, b, c, d, e, f, g, h, i2, j] = [kbhIds[0]!, kbhIds[3]!, kbhIds[4]!, kbhIds[5]!, kbhIds[6]!, kbhIds[7]!, kbhIds[8]!, kbhIds[12]!, kbhIds[10]!, kbhIds[11]!];

  // Proposed, waiting 1 day; and proposed 7 working days ago: flagged as unanswered.
  propose(consultant(past(1)), { candidateId: a, slotId: afternoon, motivation });
  propose(consultant(past(7)), { candidateId: b, slotId: netOrders, motivation });
  // Meeting planned, confirmed by the consultant.
  const m = propose(consultant(past(4)), { candidateId: c, slotId: afternoon, motivation });
  transitionProposal(hr(past(3)), { proposalId: m, version: 1, command: "inviteToMeeting", meeting: meeting(5) });
  transitionProposal(consultant(past(2)), { proposalId: m, version: 2, command: "confirmMeeting" });
  // Accepted after the meeting (the net-order slot has two seats, so it stays open).
  const acc = propose(consultant(past(15)), { candidateId: d, slotId: netOrders, motivation });
  transitionProposal(hrAmager(past(13)), { proposalId: acc, version: 1, command: "inviteToMeeting", meeting: { ...meeting(0), meetingDate: addWorkingDays(today, -10), meetingPlace: "Supermarkedet Amagerbrogade" } });
  // Both sides say how the meeting went, on the day.
  recordMeetingOutcome(hrAmager(past(10)), { proposalId: acc, version: 2, socialMatch: "good", signals: ["easy_contact", "pace_suits", "wants_to_start"], note: "Hun og Mette fandt hurtigt en god tone ved kassen." });
  recordMeetingOutcome(consultant(past(10)), { proposalId: acc, version: 2, socialMatch: "good", signals: ["candidate_at_ease", "style_suits"], note: null });
  transitionProposal(hrAmager(past(9)), { proposalId: acc, version: 2, command: "accept" });
  // Declines with reasons, spread over the last weeks.
  const declines = [
    { id: e, slot: shop, reason: "hours_days" as const, text: null, at: 20 },
    { id: f, slot: netOrders, reason: "distance_transport" as const, text: null, at: 14 },
    { id: g, slot: shop, reason: "other" as const, text: "Vi har brug for en, der kan starte kl. 6.", at: 8 },
  ];
  for (const x of declines) {
    const p = propose(consultant(past(x.at + 3)), { candidateId: x.id, slotId: x.slot, motivation });
    const company = x.slot === netOrders ? hrAmager : hr;
    transitionProposal(company(past(x.at)), { proposalId: p, version: 1, command: "decline", decline: { reason: x.reason, reasonText: x.text, shareWithCandidate: x.reason !== "other" } });
  }
  // Withdrawn by the consultant, the citizen declined, and consent withdrawn for one company.
  const w = propose(consultant(past(6)), { candidateId: h, slotId: shop, motivation });
  transitionProposal(consultant(past(5)), { proposalId: w, version: 1, command: "withdraw" });
  const cd = propose(consultant(past(6)), { candidateId: i2, slotId: afternoon, motivation });
  transitionProposal(consultant(past(2)), { proposalId: cd, version: 1, command: "recordCandidateDeclined", reason: "candidate_no_show", reasonText: null });
  propose(consultant(past(3)), { candidateId: j, slotId: shop, motivation });
  withdrawConsent(consultant(past(1)), { candidateId: j, companyId: db.select({ c: slots.companyId }).from(slots).where(eq(slots.id, shop)).get()!.c });

  // Consent given and withdrawn almost a year ago: the administrator's privacy page shows her
  // data will be anonymised within weeks.
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const givenOn = copenhagenDate(daysAgo(360));
  recordConsent(consultant(daysAgo(360)), { candidateId: formerlyConsented, givenOn, method: "meeting", scope: "any", companyIds: [], sections: [], expiresOn: addMonths(givenOn, 6) });
  withdrawConsent(consultant(daysAgo(350)), { candidateId: formerlyConsented });

  // Aarhus: one proposal waiting at Nordlager.
  const lager = slotId(db, "Lagerpraktik med faste rutiner");
  propose(ctxOf(db, "konsulent2@demo.test", past(2)), { candidateId: aarhusIds[0]!, slotId: lager, motivation });
}
