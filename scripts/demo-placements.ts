/**
 * Demo placements, through the real commands with the clock set back: a slot opened, a
 * citizen (with consent) proposed, met, accepted and the placement started at the time it
 * would have happened. Placements at different weeks (one just past 13 weeks, after an
 * assessment; one with an overdue follow-up; one with falling well-being, so the flags of
 * docs/decisions/024 show), two ended ones (one completed into paid hours, its three-month
 * status now due; one interrupted), and two accepted proposals at Bageriet Hansen left for the
 * browser journey to start (one for each test project).
 */
import { and, asc, eq } from "drizzle-orm";
import { actorFor } from "~/auth/current-user.server";
import type { Db } from "~/db/client.server";
import { companies, followUps, placementAdjustments, placements, slots, tasks, users, workplaces } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import { createCandidate, recordConsent } from "~/domain/candidates/commands.server";
import { addDays, addMonths } from "~/domain/candidates/consent";
import { candidateInput, shapeCandidateForm } from "~/domain/candidates/schema";
import { startPlacement } from "~/domain/placements/commands.server";
import { endPlacement } from "~/domain/placements/ending-commands.server";
import type { EndAnswers } from "~/domain/placements/ending";
import { publishStory, writeStory } from "~/domain/placements/story-commands.server";
import { addConsultantNote, decideAdjustment, saveFollowUp } from "~/domain/placements/follow-up-commands.server";
import { followUpView } from "~/domain/placements/follow-up-queries.server";
import { propose, transitionProposal } from "~/domain/proposals/commands.server";
import { createSlot, transitionSlot } from "~/domain/slots/commands.server";
import { needsRepresentative } from "~/domain/slots/representative-need";
import { requestRepresentative, respondAsRepresentative } from "~/domain/slots/representative.server";
import type { HourStep } from "~/domain/slots/schema";
import { copenhagenDate } from "~/domain/shared/working-days";

const DAY = 86_400_000;

function ctxAt(db: Db, email: string, at: Date): Ctx {
  const user = db.select().from(users).where(eq(users.email, email)).get()!;
  return { db, actor: actorFor(db, user), now: at };
}

interface DemoPlacement {
  /** The slot's kind; praktik unless said. */
  kind?: "praktik" | "loentilskud";
  cvr: string;
  pNumber: string;
  hr: string;
  mentor: string | null;
  consultant: string;
  title: string;
  alias: string;
  /** The placement's start, this many days before today; null: accepted, not started. */
  startedDaysAgo: number | null;
  lengthWeeks: number;
  startHours: number;
  targetHours: number;
  steps: HourStep[];
  goals: string[];
  /** Started by the consultant after a recorded assessment (allows 26 weeks). */
  assessed?: boolean;
  /** Well-being in each past follow-up that was sent (null: left undone, so it is overdue). */
  wellBeing?: (number | null)[];
  /** Ended by the consultant this many days ago, with the end's answers. */
  ended?: { daysAgo: number } & Omit<EndAnswers, "endedOn">;
  /** Written up a week after the end: a learning case (interrupted) or a published citizen story (completed). */
  story?: { title: string; sections: Record<string, string> };
}

export const DEMO_PLACEMENTS: DemoPlacement[] = [
  {
    cvr: "31245672", pNumber: "1012345679", hr: "hr@demo.test", mentor: "mentor@demo.test", consultant: "konsulent@demo.test",
    title: "Forløb: bagning og pakning", alias: "Dennis", startedDaysAgo: 93, lengthWeeks: 26, startHours: 8, targetHours: 20,
    steps: [{ afterWeeks: 4, hours: 12 }, { afterWeeks: 10, hours: 16 }], goals: ["Arbejder 20 timer om ugen i uge 26", "Pakker morgenens ordrer selvstændigt"], assessed: true,
    wellBeing: [3, 4, 4, 4, 4, 5, 4, 5],
  },
  {
    cvr: "31245672", pNumber: "1012345679", hr: "hr@demo.test", mentor: "mentor@demo.test", consultant: "konsulent@demo.test",
    title: "Forløb: opvask og klargøring", alias: "Susanne", startedDaysAgo: 38, lengthWeeks: 13, startHours: 6, targetHours: 15,
    steps: [{ afterWeeks: 4, hours: 10 }], goals: ["Arbejder 15 timer om ugen i uge 13", "Klargør bagepladerne uden hjælp"],
    // Week 4's follow-up never sent: flagged as overdue.
    wellBeing: [4, 4, 3, null],
  },
  {
    cvr: "29876541", pNumber: "1023456789", hr: "hr3@demo.test", mentor: null, consultant: "konsulent@demo.test",
    title: "Forløb: varemodtagelse", alias: "Brian", startedDaysAgo: 60, lengthWeeks: 13, startHours: 10, targetHours: 20,
    steps: [{ afterWeeks: 5, hours: 15 }], goals: ["Arbejder 20 timer om ugen i uge 13", "Tjekker en levering mod følgesedlen selv"],
    // Well-being falling twice in a row (5 → 4 → 3): flagged for HR and the consultant.
    wellBeing: [4, 4, 5, 5, 4, 3],
  },
  {
    cvr: "31245672", pNumber: "1012345679", hr: "hr@demo.test", mentor: "mentor@demo.test", consultant: "konsulent@demo.test",
    title: "Forløb: butik og kasse", alias: "Mette", startedDaysAgo: 200, lengthWeeks: 13, startHours: 8, targetHours: 15,
    steps: [{ afterWeeks: 6, hours: 12 }], goals: ["Arbejder 15 timer om ugen i uge 13", "Betjener kassen alene i formiddagstimerne"],
    wellBeing: [3, 4, 4, 4, 5, 4, 5, 5],
    ended: { daysAgo: 109, kind: "completed", reason: null, reasonText: null, outcome: "smajob", outcomeHours: 10 },
    story: {
      title: "Fra 8 timer i praktik til faste løntimer i butikken",
      sections: {
        before: "Havde ikke haft et arbejde i fire år og var usikker på at skulle tale med kunder.",
        during: "Startede med at fylde varer op om morgenen og tog kassen et par timer ad gangen, med mentoren ved siden af. Faste opgaver og en fast plan gjorde forskellen.",
        after: "Har nu 10 løntimer om ugen i butikken og passer kassen alene om formiddagen.",
      },
    },
  },
  {
    cvr: "29876541", pNumber: "1023456789", hr: "hr3@demo.test", mentor: null, consultant: "konsulent@demo.test",
    title: "Forløb: lager og oprydning", alias: "Kim", startedDaysAgo: 50, lengthWeeks: 13, startHours: 8, targetHours: 15,
    steps: [], goals: ["Arbejder 15 timer om ugen i uge 13"],
    wellBeing: [3, 2, 2],
    ended: { daysAgo: 20, kind: "interrupted", reason: "not_a_match", reasonText: "Lagerarbejdet var for tungt; vi leder efter noget med mere variation.", outcome: "continued_search", outcomeHours: null },
    story: {
      title: "Varemodtagelse var for tungt fra starten",
      sections: {
        situation: "Praktik i varemodtagelsen, 8 timer om ugen, med ønske om at nå 15 timer.",
        whatHappened: "Løftene var tungere end aftalt, trivslen faldt fra uge 2, og efter fire uger stoppede forløbet.",
        whatWouldHaveHelped: "En prøvedag med de tunge opgaver før start, og lettere opgaver at veksle med de første uger.",
      },
    },
  },
  {
    cvr: "31245672", pNumber: "1012345679", hr: "hr@demo.test", mentor: "mentor@demo.test", consultant: "konsulent@demo.test",
    title: "Pakning af småkager", alias: "Lene", startedDaysAgo: null, lengthWeeks: 13, startHours: 8, targetHours: 12,
    steps: [], goals: [],
  },
  {
    cvr: "31245672", pNumber: "1012345679", hr: "hr@demo.test", mentor: "mentor@demo.test", consultant: "konsulent@demo.test",
    title: "Klargøring af kagedisken", alias: "Ole", startedDaysAgo: null, lengthWeeks: 13, startHours: 8, targetHours: 12,
    steps: [], goals: [],
  },
  // Two accepted løntilskud proposals at Amager Dagligvarer, one for each browser project of the wage-subsidy journey.
  {
    kind: "loentilskud", cvr: "29876541", pNumber: "1023456789", hr: "hr3@demo.test", mentor: null, consultant: "konsulent@demo.test",
    title: "Løntilskud: kasse og butik", alias: "Yusuf", startedDaysAgo: null, lengthWeeks: 13, startHours: 15, targetHours: 20,
    steps: [], goals: [],
  },
  {
    kind: "loentilskud", cvr: "29876541", pNumber: "1023456789", hr: "hr3@demo.test", mentor: null, consultant: "konsulent@demo.test",
    title: "Løntilskud: frugt og grønt", alias: "Aksel", startedDaysAgo: null, lengthWeeks: 13, startHours: 15, targetHours: 20,
    steps: [], goals: [],
  },
];

/**
 * The past follow-ups, sent by the mentor on their day with the given well-being (one left
 * undone where the list has null); the current one stays open. The first placement's mentor
 * suggested more hours in week 4 and the consultant approved them from week 5, with a note.
 */
function followUpsFor(db: Db, d: DemoPlacement, placementId: number, now: Date) {
  const mentor = d.mentor ?? d.hr;
  const rows = db.select().from(followUps).where(eq(followUps.placementId, placementId)).orderBy(asc(followUps.dueDate)).all();
  const today = copenhagenDate(now);
  (d.wellBeing ?? []).forEach((wellBeing, i) => {
    const f = rows[i];
    if (!f || wellBeing === null || f.dueDate >= today) return;
    const at = new Date(`${f.dueDate}T13:00:00Z`);
    const view = followUpView(ctxAt(db, mentor, at), placementId, f.id);
    const suggest = d.assessed && f.week === 4;
    saveFollowUp(ctxAt(db, mentor, at), {
      placementId, followUpId: f.id, version: f.version, intent: "submit",
      answers: {
        daysPresent: wellBeing <= 2 ? 3 : 5, daysPlanned: 5, hoursWorked: view.terms.hours - (wellBeing <= 2 ? 2 : 0), wellBeing,
        taskProgress: Object.fromEntries(view.tasks.map((t) => [String(t.id), i < 2 ? "with_help" : "on_own"])),
        goalProgress: Object.fromEntries(view.goals.map((g) => [String(g.id), "on_the_way"])),
        wentWell: wellBeing >= 4 ? "Mødte til tiden og tog selv fat i opgaverne." : "Kom hver dag, også da det var travlt.",
        concerns: wellBeing <= 3 ? "Virker træt sidst på ugen og siger mindre i pauserne." : null,
        suggestedHours: suggest ? 14 : null, suggestedDays: null, suggestionText: suggest ? "Klar til lidt flere timer." : null,
      },
    });
    if (suggest) {
      const adj = db.select().from(placementAdjustments).where(eq(placementAdjustments.followUpId, f.id)).get()!;
      const consultant = ctxAt(db, d.consultant, new Date(at.getTime() + DAY));
      decideAdjustment(consultant, { placementId, adjustmentId: adj.id, decision: "approve", fromDate: addDays(f.dueDate, 3), hours: 14, days: null, taskIds: null });
      addConsultantNote(consultant, { placementId, text: "Samtale med borgeren: glad for at komme op i timer, vil gerne prøve kassen senere." });
    }
  });
}

/** An open slot as HR and the consultant would have made it at `at`, the representative confirming. */
function openSlotAt(db: Db, d: DemoPlacement, startDate: string, at: Date): number {
  const hr = ctxAt(db, d.hr, at);
  const company = db.select().from(companies).where(eq(companies.cvr, d.cvr)).get()!;
  const workplace = db.select().from(workplaces).where(and(eq(workplaces.companyId, company.id), eq(workplaces.pNumber, d.pNumber))).get()!;
  const taskIds = db.select({ id: tasks.id }).from(tasks).where(and(eq(tasks.companyId, company.id), eq(tasks.status, "active"))).limit(2).all().map((t) => t.id);
  const mentorId = d.mentor ? db.select({ id: users.id }).from(users).where(eq(users.email, d.mentor)).get()!.id : hr.actor.userId;
  const id = createSlot(hr, {
    kind: d.kind ?? "praktik", title: d.title, purposeKind: "paid_hours", purpose: "Aflaste de faste medarbejdere med faste, overskuelige opgaver.", workplaceId: workplace.id, taskIds,
    startDate, lengthWeeks: Math.min(d.lengthWeeks, 13), startHours: d.startHours, targetHours: d.targetHours, steps: d.steps.filter((s) => s.afterWeeks < 13),
    workingDays: ["mon", "tue", "wed", "thu", "fri"], dayStart: "07:00", dayEnd: "13:00", mentorUserId: mentorId, seats: 1,
    accessibility: "Trappefri adgang.", wishes: null,
  });
  const version = () => db.select({ v: slots.version }).from(slots).where(eq(slots.id, id)).get()!.v;
  if (needsRepresentative(workplace.ordinaryFte)) {
    let token = "";
    requestRepresentative(hr, { slotId: id, version: version(), repName: "Tillidsrepræsentant", repEmail: `tr-${d.alias.toLowerCase()}@demo.test`, link: (_, t) => ((token = t), `http://localhost/representative/${id}/${t}`) });
    respondAsRepresentative({ db, now: at }, { slotId: id, token, decision: "confirmed", comment: null });
  }
  transitionSlot(hr, { slotId: id, command: "submit", version: version() });
  transitionSlot(ctxAt(db, d.consultant, at), { slotId: id, command: "approve", version: version() });
  return id;
}

export function seedPlacements(db: Db, now: Date) {
  for (const d of DEMO_PLACEMENTS) {
    if (db.select({ id: slots.id }).from(slots).where(eq(slots.title, d.title)).get()) continue;
    const started = d.startedDaysAgo ?? 0;
    const start = new Date(now.getTime() - started * DAY);
    const before = (days: number) => new Date(start.getTime() - days * DAY);
    const startDate = copenhagenDate(start);
    const slotId = openSlotAt(db, d, startDate, before(14));
    const consultant = (at: Date) => ctxAt(db, d.consultant, at);
    const candidateId = createCandidate(
      consultant(before(15)),
      candidateInput.parse(
        shapeCandidateForm({
          alias: d.alias, ageBand: "30-39", postcode: "2500", targetGroup: "kontanthjaelp_aktivitetsparat", language1: "da", level1: "good",
          strengths: "Mødestabil og glad for faste opgaver", hoursNow: String(d.startHours), goalHours: String(d.targetHours),
          days: ["mon", "tue", "wed", "thu", "fri"], transport: ["bike", "public"], maxTravelKm: "15", supportNeeds: ["fixed_routines"],
          supportText: "Har det bedst med at vide, hvad dagen bringer.", mentorStyles: ["calm"], responsibleUserId: String(consultant(now).actor.userId),
        }),
      ),
    );
    const givenOn = copenhagenDate(before(15));
    recordConsent(consultant(before(15)), { candidateId, givenOn, method: "signed_form", scope: "any", companyIds: [], sections: ["support"], expiresOn: addMonths(givenOn, 12) });
    const proposalId = propose(consultant(before(12)), { candidateId, slotId, motivation: "Stabil, glad for faste opgaver og klar til at starte med få timer." });
    const hr = (at: Date) => ctxAt(db, d.hr, at);
    transitionProposal(hr(before(10)), { proposalId, version: 1, command: "inviteToMeeting", meeting: { meetingDate: copenhagenDate(before(7)), meetingTime: "10:00", meetingPlace: "I butikken" } });
    transitionProposal(hr(before(6)), { proposalId, version: 2, command: "accept" });
    if (d.startedDaysAgo === null) continue;
    const by = d.assessed ? consultant(before(3)) : hr(before(3));
    const placementId = startPlacement(by, {
      proposalId, startDate, lengthWeeks: d.lengthWeeks, startHours: d.startHours, targetHours: d.targetHours, steps: d.steps,
      workingDays: ["mon", "tue", "wed", "thu", "fri"], taskIds: db.select({ id: tasks.id }).from(tasks).innerJoin(slots, eq(slots.companyId, tasks.companyId)).where(and(eq(slots.id, slotId), eq(tasks.status, "active"))).limit(2).all().map((t) => t.id),
      goals: d.goals, assessmentOn: d.assessed ? copenhagenDate(before(20)) : null, monthlyWageCost: null,
    });
    followUpsFor(db, d, placementId, now);
    if (d.ended) {
      const { daysAgo, ...answers } = d.ended;
      const at = new Date(now.getTime() - daysAgo * DAY);
      const version = db.select({ v: placements.version }).from(placements).where(eq(placements.id, placementId)).get()!.v;
      endPlacement(consultant(at), { placementId, version, endedOn: copenhagenDate(at), ...answers });
      if (d.story) {
        const later = new Date(at.getTime() + 7 * DAY);
        const kind = answers.kind === "interrupted" ? "learning_case" : "citizen_story";
        const storyId = writeStory(consultant(later), { placementId, kind, ...d.story, consentOn: kind === "citizen_story" ? copenhagenDate(later) : null, consentMethod: kind === "citizen_story" ? "signed_form" : null });
        if (kind === "citizen_story") publishStory(consultant(later), { storyId });
      }
    }
  }
  return db.select({ id: placements.id }).from(placements).all().length;
}

