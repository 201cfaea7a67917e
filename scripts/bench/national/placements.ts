import { consents, followUps, notifications, placementEndings, placementGoals, placementMilestones, placements, placementStatusChecks, placementStories, placementTasks, proposals, slotEvents, slots, slotTasks } from "~/db/schema";
import { addDays, addMonths } from "~/domain/candidates/consent";
import { durationLimit, lastDayAfterWeeks } from "~/domain/placements/duration";
import { statusDueOn } from "~/domain/placements/ending";
import { INTERRUPT_REASONS, OUTCOMES, OUTCOMES_WITH_HOURS, STATUS_CATEGORIES, STATUS_WITH_HOURS, STORY_SECTIONS, type Outcome } from "~/domain/placements/ending-vocabulary";
import { followUpSchedule } from "~/domain/placements/schedule";
import { reasonablenessCapacity, isCountedKind } from "~/domain/slots/reasonableness";
import type { HourStep, SlotKind, Weekday } from "~/domain/slots/schema";
import { inserter } from "./bulk-insert";
import { addLoad, count, DAY, isoDay, type CandidateRef, type CompanyRef, type Stage } from "./generation";
import { portion } from "./sizes";

const WEEK: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
const TITLES = ["Lagermedhjælper", "Kasseassistent", "Køkkenhjælp", "Pedelmedhjælper", "Butiksmedhjælper", "Bagerimedhjælper"];
const COMPLETED_OUTCOMES = OUTCOMES.filter((o) => o !== "interrupted");
/** Days are days in Copenhagen; a time on a day is taken at 09:00 UTC (10:00 or 11:00 there). */
const at = (day: string) => new Date(`${day}T09:00:00Z`);

/** The placement's length in weeks: the longest the rule allows for praktik and løntilskud (13 for most), 13–39 weeks otherwise. */
function lengthWeeks(g: Parameters<Stage["run"]>[0], kind: SlotKind, candidate: CandidateRef, startDate: string): number {
  if (kind === "fleksjob" || kind === "smaajob") return g.rng.int(13, 39);
  const limit = durationLimit({ kind, targetGroup: candidate.targetGroup, hasWorkExperience: false, assessed: false, employer: "private", startDate })!;
  for (let weeks = limit.weeks ?? 26; weeks > 1; weeks--) if (lastDayAfterWeeks(startDate, weeks) <= limit.lastDay) return weeks;
  return 1;
}

/**
 * The placements of the last 15 months and those starting soon, each through the path the portal
 * allows: a slot of a verified company (opened before the proposal, filled by its placements, one
 * seat each), a proposal accepted while the slot was open, a consent covering the company on the
 * proposal's and the start's day (an earlier consent, replaced by the current one, where the start
 * lies before it), the hours plan and tasks within the slot rules and the duration rule, an active
 * person only where the workplace's reasonableness meter has room. Past follow-ups are submitted
 * (one in ten missed), ended placements have their ending, outcome, three-month status when due,
 * the 13-week milestone when reached, now and then a story; both sides were told in the portal.
 */
export const placementHistory: Stage = {
  name: "placements, follow-ups, ends and notifications",
  run(g) {
    const today = isoDay(g.now.getTime());
    const addSlot = inserter(g.sqlite, slots);
    const addSlotTask = inserter(g.sqlite, slotTasks);
    const addSlotEvent = inserter(g.sqlite, slotEvents);
    const addProposal = inserter(g.sqlite, proposals);
    const addConsent = inserter(g.sqlite, consents);
    const addPlacement = inserter(g.sqlite, placements);
    const addTask = inserter(g.sqlite, placementTasks);
    const addGoal = inserter(g.sqlite, placementGoals);
    const addFollowUp = inserter(g.sqlite, followUps);
    const addEnding = inserter(g.sqlite, placementEndings);
    const addStatus = inserter(g.sqlite, placementStatusChecks);
    const addMilestone = inserter(g.sqlite, placementMilestones);
    const addStory = inserter(g.sqlite, placementStories);
    const addNotification = inserter(g.sqlite, notifications);
    const notify = (userId: number, kind: "placementForCompany" | "placementForJobcentre", titleKey: string, vars: Record<string, unknown>, link: string, time: number) => {
      const createdAt = Math.min(time, g.now.getTime());
      addNotification({ userId, kind, titleKey, vars: vars as never, link, createdAt: new Date(createdAt), readAt: g.now.getTime() - createdAt > 14 * DAY ? new Date(createdAt + DAY) : null });
      count(g, "notifications");
    };
    const byJobcentre = new Map<number, CompanyRef[]>();
    for (const c of g.companies) if (c.status === "verified" && c.activeTaskIds.length > 0) byJobcentre.set(c.jobcentreId, [...(byJobcentre.get(c.jobcentreId) ?? []), c]);
    let n = 0;

    g.jobcentres.forEach((jc, j) => {
      const companies = byJobcentre.get(jc.id) ?? [];
      const people = (g.consentedCandidates.get(jc.id) ?? []).map((id) => g.candidateRefs.get(id)!);
      // The last consented candidates first: each has at most one placement, so never two at once.
      const wanted = Math.min(portion(g.sizes.placements, g.jobcentres.length, j, g.sizes.bigCity), people.length);
      if (companies.length === 0) return;
      for (let k = 0; k < wanted; k++, n++) {
        const candidate = people[people.length - 1 - k]!;
        const company = g.rng.pick(companies);
        const workplaceId = g.rng.pick(company.workplaceIds);
        const kind = g.rng.pick<SlotKind>(["praktik", "praktik", "loentilskud", "fleksjob", "smaajob"]);
        const startHours = g.rng.int(5, 20);
        const targetHours = g.rng.int(startHours, 35);
        // Started 0–450 days ago or starting within 10 days.
        let startDate = addDays(today, -g.rng.int(-10, 450));
        let weeks = lengthWeeks(g, kind, candidate, startDate);
        let plannedEndDate = lastDayAfterWeeks(startDate, weeks);
        let interruptedOn: string | null = null;
        if (g.rng.next() < 0.25) {
          const last = plannedEndDate < today ? plannedEndDate : today;
          if (last > startDate) interruptedOn = addDays(startDate, g.rng.int(1, Math.max(1, (Date.parse(last) - Date.parse(startDate)) / DAY - 1)));
        }
        let active = interruptedOn === null && plannedEndDate >= today;
        if (active && isCountedKind(kind)) {
          const load = (g.workplaceLoad.get(workplaceId) ?? 0) + Math.min(targetHours, 37) / 37;
          if (load > reasonablenessCapacity(g.workplaceFte.get(workplaceId)!) - 1e-9) {
            // No room at the workplace now: a placement of the past instead.
            startDate = addDays(today, -g.rng.int(300, 450));
            weeks = lengthWeeks(g, kind, candidate, startDate);
            plannedEndDate = lastDayAfterWeeks(startDate, weeks);
            active = false;
          }
        }
        if (active && isCountedKind(kind)) addLoad(g, workplaceId, 1, targetHours);
        const endedOn = active ? null : (interruptedOn ?? plannedEndDate);
        // Proposed and accepted in the past, even for a start in the coming days.
        const proposedOn = [addDays(startDate, -g.rng.int(7, 30)), addDays(today, -6)].sort()[0]!;
        const openedOn = addDays(proposedOn, -g.rng.int(2, 40));
        const createdOn = addDays(openedOn, -8);
        const acceptedOn = addDays(proposedOn, g.rng.int(3, 6));
        const steps: HourStep[] = targetHours > startHours + 1 && weeks >= 6 ? [{ afterWeeks: Math.floor(weeks / 3), hours: Math.round((startHours + targetHours) / 2) }] : [];
        const taskIds = company.activeTaskIds.slice(0, 1 + (n % 2));
        const title = `${g.rng.pick(TITLES)} (forløb ${n + 1})`;

        // The slot the placement filled: one seat, filled by this acceptance; closed once the placement is over.
        const slotStatus = active ? "filled" : "closed";
        const slotId = addSlot({
          companyId: company.id,
          jobcentreId: jc.id,
          workplaceId,
          kind,
          status: slotStatus,
          title,
          purposeKind: (["paid_hours", "skills", "job_goal"] as const)[n % 3],
          purpose: "Et trygt sted at prøve kræfter med faste opgaver og en fast mentor.",
          startDate,
          lengthWeeks: weeks,
          startHours,
          targetHours,
          steps,
          workingDays: WEEK,
          dayStart: "08:00",
          dayEnd: "15:00",
          mentorUserId: company.mentorId,
          seats: 1,
          submittedAt: at(addDays(createdOn, 5)),
          openedAt: at(openedOn),
          createdAt: at(createdOn),
          updatedAt: at(endedOn && endedOn < today ? endedOn : acceptedOn),
        });
        count(g, "slots");
        for (const taskId of taskIds) addSlotTask({ slotId, taskId });
        count(g, "slot_tasks", taskIds.length);
        const events: [string, string][] = [["created", createdOn], ["submit", addDays(createdOn, 5)], ["approve", openedOn], ["markFilled", acceptedOn]];
        if (!active) events.push(["close", endedOn! < today ? endedOn! : today]);
        for (const [event, day] of events) addSlotEvent({ slotId, at: at(day), event: event as never, actorLabel: `HR ${company.id}` });
        count(g, "slot_events", events.length);

        // Consent on the day of the proposal: the current one, or an earlier one it replaced.
        if (proposedOn < candidate.givenOn) {
          const givenOn = addDays(proposedOn, -g.rng.int(3, 40));
          addConsent({ candidateId: candidate.id, givenOn, expiresOn: addMonths(givenOn, 12), method: "digital", scope: "any", sections: ["basic"], recordedByUserId: candidate.responsibleUserId, replacedAt: at(candidate.givenOn), createdAt: at(givenOn) });
          count(g, "consents");
        }
        const consultant = candidate.responsibleUserId;
        const proposalId = addProposal({
          candidateId: candidate.id,
          slotId,
          companyId: company.id,
          jobcentreId: jc.id,
          status: "accepted",
          motivation: "Kandidaten ønsker faste rutiner og har erfaring fra lignende opgaver.",
          fitLines: [],
          proposedByUserId: consultant,
          proposedAt: at(proposedOn),
          meetingDate: addDays(proposedOn, 2),
          meetingTime: "10:00",
          meetingPlace: "På arbejdsstedet",
          meetingProposedBy: "company",
          answeredAt: at(addDays(proposedOn, 1)),
          closedAt: at(acceptedOn),
          createdAt: at(proposedOn),
          updatedAt: at(acceptedOn),
        });
        count(g, "proposals");

        const startedOn = acceptedOn > today ? today : acceptedOn;
        const status = active ? "active" : interruptedOn ? "interrupted" : "completed";
        const placementId = addPlacement({
          proposalId,
          candidateId: candidate.id,
          slotId,
          companyId: company.id,
          jobcentreId: jc.id,
          workplaceId,
          mentorUserId: company.mentorId,
          responsibleUserId: consultant,
          kind,
          status,
          startDate,
          plannedEndDate,
          startHours,
          targetHours,
          steps,
          workingDays: WEEK,
          startedByUserId: company.hrId,
          startedAt: at(startedOn),
          createdAt: at(startedOn),
          updatedAt: at(endedOn ?? startedOn),
        });
        count(g, "placements");
        for (const taskId of taskIds) addTask({ placementId, taskId });
        count(g, "placement_tasks", taskIds.length);
        addGoal({ placementId, position: 1, text: "Møde stabilt til aftalt tid og løse de faste opgaver selv" });
        count(g, "placement_goals");
        const started = { vars: { title, company: `Virksomhed ${company.id}`, startDate: { date: startDate } }, time: at(startedOn).getTime() };
        notify(company.hrId, "placementForCompany", "mail.placementStarted.subject", { ...started.vars, name: `HR ${company.id}` }, `/company/placements/${placementId}`, started.time);
        notify(company.mentorId, "placementForCompany", "mail.placementStarted.subject", { ...started.vars, name: `Mentor ${company.id}` }, `/company/placements/${placementId}`, started.time);
        notify(consultant, "placementForJobcentre", "mail.placementStarted.subject", { ...started.vars, name: "Konsulent" }, `/jobcentre/placements/${placementId}`, started.time);

        // Follow-ups: the schedule, without those an end removed; the past ones answered, one in ten missed.
        for (const f of followUpSchedule({ startDate, plannedEndDate, workingDays: WEEK })) {
          if (endedOn && f.dueDate > endedOn) continue;
          const past = f.dueDate < today;
          const missed = past && g.rng.next() < 0.1;
          const submitted = past && !missed;
          const submittedAt = submitted ? at(addDays(f.dueDate, g.rng.int(0, 2)) > today ? today : addDays(f.dueDate, g.rng.int(0, 2))) : null;
          addFollowUp({
            placementId,
            week: f.week,
            dueDate: f.dueDate,
            status: submitted ? "submitted" : "due",
            daysPresent: submitted ? g.rng.int(3, 5) : null,
            daysPlanned: submitted ? 5 : null,
            hoursWorked: submitted ? startHours : null,
            wellBeing: submitted ? g.rng.int(2, 5) : null,
            wentWell: submitted ? "Godt i gang med de faste opgaver" : null,
            savedByUserId: submitted ? company.mentorId : null,
            savedAt: submittedAt,
            submittedAt,
            createdAt: at(startedOn),
            updatedAt: submittedAt ?? at(startedOn),
          });
          count(g, "follow_ups");
        }
        const reached13 = addDays(startDate, 13 * 7 - 1);
        if (reached13 <= (endedOn ?? today)) {
          addMilestone({ placementId, kind: "weeks13", reachedOn: reached13, congratulatedAt: at(addDays(reached13, 1) > today ? today : addDays(reached13, 1)) });
          count(g, "placement_milestones");
        }
        if (!endedOn) continue;

        // The end, its outcome, the three-month status when due, now and then a story.
        const outcome: Outcome = interruptedOn ? (g.rng.next() < 0.2 ? "ordinary_job" : "interrupted") : g.rng.pick(COMPLETED_OUTCOMES);
        const reason = interruptedOn ? (outcome === "ordinary_job" ? "got_job" : g.rng.pick(INTERRUPT_REASONS.filter((r) => r !== "other" && r !== "got_job"))) : null;
        const dueOn = statusDueOn(endedOn);
        addEnding({
          placementId,
          kind: interruptedOn ? "interrupted" : "completed",
          endedOn,
          reason,
          outcome,
          outcomeHours: OUTCOMES_WITH_HOURS.includes(outcome) ? g.rng.int(targetHours, 37) : null,
          statusDueOn: dueOn,
          endedByUserId: company.hrId,
          endedAt: at(endedOn),
        });
        count(g, "placement_endings");
        const ended = { vars: { title, endedOn }, time: at(endedOn).getTime() };
        const endKey = interruptedOn ? "mail.placementInterrupted.subject" : "mail.placementCompleted.subject";
        notify(company.mentorId, "placementForCompany", endKey, { ...ended.vars, name: `Mentor ${company.id}` }, `/company/placements/${placementId}`, ended.time);
        notify(consultant, "placementForJobcentre", endKey, { ...ended.vars, name: "Konsulent" }, `/jobcentre/placements/${placementId}`, ended.time);
        if (dueOn <= today && g.rng.next() < 0.8) {
          const category = g.rng.pick(STATUS_CATEGORIES);
          addStatus({ placementId, onDate: dueOn, category, hours: STATUS_WITH_HOURS.includes(category) ? g.rng.int(10, 37) : null, recordedByUserId: consultant, recordedAt: at(dueOn) });
          count(g, "placement_status_checks");
        }
        if (n % 25 === 0) {
          const storyKind = interruptedOn ? "learning_case" : "citizen_story";
          addStory({
            placementId,
            jobcentreId: jc.id,
            kind: storyKind,
            ageBand: candidate.ageBand,
            industry: company.industry,
            slotKind: kind,
            title: interruptedOn ? "Et forløb, der sluttede før tid" : "Fra få timer til faste timer",
            sections: Object.fromEntries(STORY_SECTIONS[storyKind].map((s) => [s, "Et kort afsnit om forløbet, uden navne."])),
            consentOn: storyKind === "citizen_story" ? endedOn : null,
            consentMethod: storyKind === "citizen_story" ? "signed_form" : null,
            publishedAt: storyKind === "citizen_story" && n % 50 === 0 ? at(endedOn) : null,
            writtenByUserId: consultant,
            createdAt: at(endedOn),
          });
          count(g, "placement_stories");
        }
      }
    });
  },
};
