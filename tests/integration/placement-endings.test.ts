import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { candidates, consultantNotes, followUps, notifications, outbox, placementEndings, placementGoals, placements } from "~/db/schema";
import { addDays } from "~/domain/candidates/consent";
import { placedCandidates, placedSql } from "~/domain/candidates/fit.server";
import { endPlacement, movePlacementEnd, recordStatusCheck } from "~/domain/placements/ending-commands.server";
import { dueStatusTasks, endingView } from "~/domain/placements/ending-queries.server";
import { statusDueOn, type EndAnswers } from "~/domain/placements/ending";
import { addConsultantNote, saveFollowUp } from "~/domain/placements/follow-up-commands.server";
import { followUpView } from "~/domain/placements/follow-up-queries.server";
import { congratulateMilestones } from "~/domain/placements/milestones.server";
import { placementTimeline } from "~/domain/placements/timeline.server";
import { anonymiseCandidate } from "~/domain/retention/commands.server";
import { retentionRows } from "~/domain/retention/facts.server";
import { workplaceMeter } from "~/domain/slots/meter.server";
import { copenhagenDate } from "~/domain/shared/working-days";
import { ctxFor, expectAudit, makePlacement, makeUser, makeWorld, refusal, sessionCookieFor } from "../factories";
import { testContext } from "../http";
import { renderMail } from "~/mail/dispatch.server";
import { formatCalendarDate, translate } from "~/i18n/translate";

type World = Awaited<ReturnType<typeof makeWorld>>;
const today = () => copenhagenDate(new Date());
/** Mid-morning in Copenhagen on a calendar day: the injectable clock of the commands and queries. */
const at = (day: string) => new Date(`${day}T09:00:00Z`);
const row = (id: number) => getDb().select().from(placements).where(eq(placements.id, id)).get()!;
const dueRows = (id: number) => getDb().select().from(followUps).where(eq(followUps.placementId, id)).orderBy(followUps.dueDate).all();
const toldTo = (userId: number, key: string) => getDb().select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.titleKey, key))).all().length;

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

/** A placement of A's mentor that started `daysAgo` days ago (13 weeks, mon–wed), with its candidate. */
async function placement(daysAgo = 0) {
  const { id, candidateId } = await makePlacement(w, { daysAgo });
  return { id, candidateId };
}

const completed = (over: Partial<EndAnswers> = {}): EndAnswers => ({ kind: "completed", endedOn: today(), reason: null, reasonText: null, outcome: "ordinary_job", outcomeHours: 25, ...over });

describe("ending a placement", () => {
  it("completes it with an outcome: the citizen is free, the meter stops counting them, later follow-ups go, both sides are told", async () => {
    const { id, candidateId } = await placement(20);
    const before = workplaceMeter(getDb(), w.workplaceA.id, null)!;
    const placedInLists = () => getDb().select({ id: candidates.id }).from(candidates).where(and(eq(candidates.id, candidateId), placedSql(candidates.id))).all().length === 1;
    expect(placedCandidates(getDb(), w.jc.id).has(candidateId)).toBe(true);
    expect(placedInLists()).toBe(true);
    endPlacement(ctxFor(w.consultant), { placementId: id, version: row(id).version, ...completed() });
    expect(row(id).status).toBe("completed");
    expect(getDb().select().from(placementEndings).where(eq(placementEndings.placementId, id)).get()).toMatchObject({ kind: "completed", outcome: "ordinary_job", outcomeHours: 25, statusDueOn: statusDueOn(today()) });
    expect(placedCandidates(getDb(), w.jc.id).has(candidateId)).toBe(false);
    expect(placedInLists()).toBe(false);
    expect(workplaceMeter(getDb(), w.workplaceA.id, null)!.used).toBeLessThan(before.used);
    expect(dueRows(id).every((f) => f.dueDate <= today())).toBe(true);
    expectAudit("placement.completed", { subjectId: id, actorUserId: w.consultant.id, details: { outcome: "ordinary_job", outcomeHours: 25 } });
    expect(toldTo(w.hr.id, "mail.placementCompleted.subject")).toBeGreaterThan(0);
    expect(toldTo(w.mentor.id, "mail.placementCompleted.subject")).toBeGreaterThan(0);
    const mail = getDb().select().from(outbox).where(and(eq(outbox.to, w.hr.email), eq(outbox.subjectKey, "mail.placementCompleted.subject"))).get()!;
    // The day travels as YYYY-MM-DD and reaches the reader in their language, never as ISO.
    expect(renderMail("da", mail).text).toContain(`Sidste dag var ${formatCalendarDate("da", today())}.`);
    expect(renderMail("da", mail).text).not.toContain(today());
    expect(toldTo(w.consultant.id, "mail.placementCompleted.subject")).toBe(0);
  });

  it("interrupts it with a structured reason; HR may, the mentor, another company and another jobcentre may not", async () => {
    const { id } = await placement(10);
    const cut = completed({ kind: "interrupted", reason: "not_a_match", reasonText: "Opgaverne var for ensformige", outcome: "continued_search", outcomeHours: null });
    const v = row(id).version;
    expect(refusal(() => endPlacement(ctxFor(w.mentor), { placementId: id, version: v, ...cut }))?.kind).toBe("forbidden");
    expect(refusal(() => endPlacement(ctxFor(w.hrOther), { placementId: id, version: v, ...cut }))?.kind).toBe("not_found");
    expect(refusal(() => endPlacement(ctxFor(w.consultantOther), { placementId: id, version: v, ...cut }))?.kind).toBe("not_found");
    expect(refusal(() => endPlacement(ctxFor(w.hr), { placementId: id, version: v + 1, ...cut }))?.messageKey).toBe("error.ending.conflict");
    const noReason = refusal(() => endPlacement(ctxFor(w.hr), { placementId: id, version: v, ...cut, reason: null }));
    expect(noReason?.fieldErrors).toMatchObject({ reason: "error.ending.reason" });
    expect(row(id).status).toBe("active");
    endPlacement(ctxFor(w.hr), { placementId: id, version: v, ...cut });
    expect(row(id).status).toBe("interrupted");
    expect(toldTo(w.consultant.id, "mail.placementInterrupted.subject")).toBeGreaterThan(0);
    expect(refusal(() => endPlacement(ctxFor(w.hr), { placementId: id, version: row(id).version, ...completed() }))?.messageKey).toBe("error.ending.alreadyEnded");
    // The company never reads the reason's own words; the jobcentre does.
    expect(endingView(ctxFor(w.hr), id).ending).toMatchObject({ reason: "not_a_match", reasonText: null });
    expect(endingView(ctxFor(w.consultant), id).ending).toMatchObject({ reasonText: "Opgaverne var for ensformige" });
  });
});

describe("moving the planned end", () => {
  it("remakes the schedule, is logged and tells the other side", async () => {
    const { id } = await placement(0);
    expect(dueRows(id).map((f) => f.week)).toEqual([1, 2, 3, 4, 6, 8, 10, 12]);
    const p = row(id);
    movePlacementEnd(ctxFor(w.hr), { placementId: id, version: p.version, plannedEndDate: addDays(p.startDate, 6 * 7 - 1) });
    expect(row(id).plannedEndDate).toBe(addDays(p.startDate, 41));
    expect(dueRows(id).map((f) => f.week)).toEqual([1, 2, 3, 4, 6]);
    expectAudit("placement.end_moved", { subjectId: id, actorUserId: w.hr.id, details: { to: addDays(p.startDate, 41) } });
    expect(toldTo(w.consultant.id, "mail.placementEndMoved.subject")).toBeGreaterThan(0);
  });

  it("is refused beyond the target group's longest duration, telling the company the limit only", async () => {
    const { id } = await placement(0);
    const p = row(id);
    const tooLong = refusal(() => movePlacementEnd(ctxFor(w.hr), { placementId: id, version: p.version, plannedEndDate: addDays(p.startDate, 14 * 7 - 1) }));
    expect(tooLong?.fieldErrors?.plannedEndDate).toMatchObject({ key: "error.placement.tooLongWeeks", vars: { count: 13 } });
    expect(row(id).plannedEndDate).toBe(p.plannedEndDate);
    expect(refusal(() => movePlacementEnd(ctxFor(w.mentor), { placementId: id, version: p.version, plannedEndDate: addDays(p.startDate, 20) }))?.kind).toBe("forbidden");
  });
});

describe("the status three months after the end", () => {
  it("becomes the consultant's task on its day, not the day before, and is recorded once", async () => {
    const { id } = await placement(30);
    const endedOn = addDays(today(), -1);
    endPlacement(ctxFor(w.consultant), { placementId: id, version: row(id).version, ...completed({ endedOn, outcome: "education", outcomeHours: null }) });
    const dueOn = getDb().select().from(placementEndings).where(eq(placementEndings.placementId, id)).get()!.statusDueOn;
    const dayBefore = at(addDays(dueOn, -1));
    expect(dueStatusTasks(ctxFor(w.consultant, dayBefore)).some((t) => t.placementId === id)).toBe(false);
    expect(endingView(ctxFor(w.consultant, dayBefore), id).statusTask).toMatchObject({ open: false });
    expect(refusal(() => recordStatusCheck(ctxFor(w.consultant, dayBefore), { placementId: id, category: "education", hours: null }))?.fieldErrors).toMatchObject({ category: "error.ending.statusNotYet" });
    const onTheDay = at(dueOn);
    expect(dueStatusTasks(ctxFor(w.consultant, onTheDay)).some((t) => t.placementId === id)).toBe(true);
    expect(dueStatusTasks(ctxFor(w.admin, onTheDay)).some((t) => t.placementId === id)).toBe(false);
    expect(endingView(ctxFor(w.hr, onTheDay), id).statusTask).toBeNull();
    expect(refusal(() => recordStatusCheck(ctxFor(w.hr, onTheDay), { placementId: id, category: "education", hours: null }))?.kind).toBe("forbidden");
    expect(refusal(() => recordStatusCheck(ctxFor(w.consultant, onTheDay), { placementId: id, category: "employee", hours: null }))?.fieldErrors).toMatchObject({ hours: "error.ending.hours" });
    recordStatusCheck(ctxFor(w.consultant, onTheDay), { placementId: id, category: "employee", hours: 20 });
    expectAudit("placement.status_recorded", { subjectId: id, details: { category: "employee", hours: 20, onDate: dueOn } });
    expect(dueStatusTasks(ctxFor(w.consultant, onTheDay)).some((t) => t.placementId === id)).toBe(false);
    expect(refusal(() => recordStatusCheck(ctxFor(w.consultant, onTheDay), { placementId: id, category: "benefit", hours: null }))?.messageKey).toBe("error.ending.statusRecorded");
  });
});

describe("the 13-week congratulations", () => {
  it("go to mentor, HR and consultant once, on the day the 13 weeks are done", async () => {
    const { id } = await placement(0);
    const start = addDays(today(), -90);
    getDb().update(placements).set({ startDate: start }).where(eq(placements.id, id)).run();
    const mark = addDays(start, 90);
    expect(congratulateMilestones(getDb(), at(addDays(mark, -1))).congratulated).toBe(0);
    const first = congratulateMilestones(getDb(), at(mark));
    expect(first.congratulated).toBeGreaterThanOrEqual(1);
    for (const user of [w.mentor, w.hr, w.consultant]) expect(toldTo(user.id, "mail.milestone13.subject")).toBeGreaterThan(0);
    const told = toldTo(w.mentor.id, "mail.milestone13.subject");
    expect(congratulateMilestones(getDb(), at(mark)).congratulated).toBe(0);
    expect(congratulateMilestones(getDb(), at(addDays(mark, 1))).congratulated).toBe(0);
    expect(toldTo(w.mentor.id, "mail.milestone13.subject")).toBe(told);
    expectAudit("placement.milestone_congratulated", { subjectId: id, details: { reachedOn: mark } });
    expect(placementTimeline(ctxFor(w.hr, at(mark)), id).events.map((e) => e.kind)).toContain("milestone");
  });
});

describe("the timeline", () => {
  it("shows each side what it may see: the company never the consultant's notes", async () => {
    const { id } = await placement(8);
    addConsultantNote(ctxFor(w.consultant), { placementId: id, text: "Samtale om transport" });
    const f = dueRows(id)[0]!;
    const v = followUpView(ctxFor(w.mentor), id, f.id);
    saveFollowUp(ctxFor(w.mentor), {
      placementId: id,
      followUpId: f.id,
      version: f.version,
      intent: "submit",
      answers: { daysPresent: 3, daysPlanned: 3, hoursWorked: 8, wellBeing: 4, taskProgress: Object.fromEntries(v.tasks.map((t) => [String(t.id), "with_help" as const])), goalProgress: Object.fromEntries(v.goals.map((g) => [String(g.id), "on_the_way" as const])), wentWell: "Godt humør", concerns: null, suggestedHours: null, suggestedDays: null, suggestionText: null },
    });
    const jobcentre = placementTimeline(ctxFor(w.consultant), id).events.map((e) => e.kind);
    const company = placementTimeline(ctxFor(w.hr), id).events.map((e) => e.kind);
    expect(jobcentre).toEqual(expect.arrayContaining(["proposed", "meeting", "started", "followUp", "note"]));
    expect(company).toEqual(expect.arrayContaining(["proposed", "started", "followUp"]));
    expect(company).not.toContain("note");
    const other = await makeUser("mentor", { companyId: w.companyA.id });
    expect(refusal(() => placementTimeline(ctxFor(other), id))?.kind).toBe("not_found");
    expect(refusal(() => placementTimeline(ctxFor(w.consultantOther), id))?.kind).toBe("not_found");
  });
});

describe("retention and placements", () => {
  it("counts from the last placement's end, and anonymisation blanks the words but keeps the figures", async () => {
    const { id, candidateId } = await placement(30);
    addConsultantNote(ctxFor(w.consultant), { placementId: id, text: "Bor hos sin mor i Aarhus" });
    const endedOn = addDays(today(), -2);
    endPlacement(ctxFor(w.consultant), { placementId: id, version: row(id).version, ...completed({ kind: "interrupted", reason: "other", reasonText: "Flyttede til Odense", outcome: "continued_search", outcomeHours: null, endedOn }) });
    expect(retentionRows(getDb(), w.jc.id).find((r) => r.id === candidateId)?.facts).toMatchObject({ lastPlacementEndedOn: endedOn, engaged: false });
    const c = getDb().select().from(candidates).where(eq(candidates.id, candidateId)).get()!;
    getDb().transaction((tx) => anonymiseCandidate(tx, { now: new Date(), actorLabel: "test" }, c, "retention"));
    expect(getDb().select().from(placementEndings).where(eq(placementEndings.placementId, id)).get()).toMatchObject({ reasonText: null, reason: "other", outcome: "continued_search" });
    expect(getDb().select().from(consultantNotes).where(eq(consultantNotes.placementId, id)).all().every((n) => n.text === "")).toBe(true);
    expect(getDb().select().from(placementGoals).where(eq(placementGoals.placementId, id)).all().every((g) => g.text === "")).toBe(true);
    expect(row(id)).toMatchObject({ startHours: 8, status: "interrupted" });
  });
});

describe("the placement lists as CSV", () => {
  async function csv(route: "company-placements" | "jobcentre-placements" | "jobcentre-follow-ups" | "stories", url: string, userId: number, params: Record<string, string> = {}) {
    const { loader } = (await import(`~/routes/csv/${route}.ts`)) as { loader: (args: unknown) => Response };
    const response = loader({ request: new Request(new URL(url, "http://localhost"), { headers: { Cookie: sessionCookieFor(userId) } }), params, context: testContext() });
    expect(response.status).toBe(200);
    return (await response.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  }

  it("gives the jobcentre each placement's outcome and its status three months on; the company's CSV carries no outcome", async () => {
    const { id } = await placement(30);
    const title = placementTimeline(ctxFor(w.hr), id).slotTitle;
    endPlacement(ctxFor(w.consultant), { placementId: id, version: row(id).version, ...completed({ outcomeHours: 22.5 }) });
    recordStatusCheck(ctxFor(w.consultant, at(addDays(statusDueOn(today()), 1))), { placementId: id, category: "employee", hours: 30 });
    const jobcentre = await csv("jobcentre-placements", "/jobcentre/placements.csv", w.consultant.id);
    expect(jobcentre[0]).toContain("Afslutning;Slutdato;Udfald;Timer om ugen efter forløbet;Status tre måneder efter;Timer om ugen tre måneder efter");
    expect(jobcentre.find((l) => l.includes(title))).toMatch(new RegExp(`;Gennemført;${today()};Ordinært job;22,5;Lønmodtager;30$`));
    expectAudit("list.exported", { actorUserId: w.consultant.id, details: { list: "placements" } });
    const company = await csv("company-placements", "/company/placements.csv", w.hr.id);
    expect(company[0]).not.toContain("Udfald");
    expect(company.find((l) => l.includes(title))).not.toContain("Ordinært job");
  });

  it("filters by status on the page and in the CSV alike: the ended ones are the list of outcomes", async () => {
    const { id: ended } = await placement(30);
    const { id: running } = await placement(5);
    const [endedTitle, runningTitle] = [ended, running].map((id) => placementTimeline(ctxFor(w.hr), id).slotTitle);
    endPlacement(ctxFor(w.consultant), { placementId: ended, version: row(ended).version, ...completed({ outcomeHours: 20 }) });
    const lines = await csv("jobcentre-placements", "/jobcentre/placements.csv?status=completed", w.consultant.id);
    expect(lines.some((l) => l.includes(endedTitle!))).toBe(true);
    expect(lines.some((l) => l.includes(runningTitle!))).toBe(false);
    expect(lines.slice(1).every((l) => l.includes(";Gennemført;"))).toBe(true);
    expectAudit("list.exported", { actorUserId: w.consultant.id, details: { list: "placements", "filter.status": "completed" } });
    const active = await csv("company-placements", "/company/placements.csv?status=active", w.hr.id);
    expect(active.some((l) => l.includes(runningTitle!))).toBe(true);
    expect(active.some((l) => l.includes(endedTitle!))).toBe(false);
    // An unknown status is every placement, never an error.
    expect((await csv("company-placements", "/company/placements.csv?status=x", w.hr.id)).some((l) => l.includes(endedTitle!))).toBe(true);
    // The page shows the outcome in its own column (the jobcentre's only).
    const { jobcentrePlacementsList } = await import("~/http/lists/placements.server");
    const page = jobcentrePlacementsList.load(ctxFor(w.consultant), { search: new URLSearchParams("status=completed"), params: {}, page: 1 });
    expect(page.result.rows.map((r) => r.id)).toContain(ended);
    const outcome = jobcentrePlacementsList.columns(ctxFor(w.consultant), page.filters).find((c) => c.key === "outcome")!;
    const t = (key: string, vars?: Record<string, string | number>) => translate("da", key as Parameters<typeof translate>[1], vars);
    expect(outcome.cell?.(page.result.rows.find((r) => r.id === ended)!, { t, locale: "da" })).toMatch(/^Gennemført .+: Ordinært job$/);
  });

  it("gives the jobcentre one placement's follow-ups with the page's columns and the figures reported, audited; never free text", async () => {
    const { id, candidateId } = await placement(15);
    const alias = getDb().select().from(candidates).where(eq(candidates.id, candidateId)).get()!.alias;
    const first = dueRows(id)[0]!;
    const v = followUpView(ctxFor(w.mentor), id, first.id);
    saveFollowUp(ctxFor(w.mentor), {
      placementId: id,
      followUpId: first.id,
      version: first.version,
      intent: "submit",
      answers: { daysPresent: 3, daysPlanned: 3, hoursWorked: 7.5, wellBeing: 4, taskProgress: Object.fromEntries(v.tasks.map((t) => [String(t.id), "with_help" as const])), goalProgress: Object.fromEntries(v.goals.map((g) => [String(g.id), "on_the_way" as const])), wentWell: "Godt humør", concerns: null, suggestedHours: null, suggestedDays: null, suggestionText: null },
    });
    const lines = await csv("jobcentre-follow-ups", `/jobcentre/placements/${id}/follow-ups.csv`, w.consultant.id, { placementId: String(id) });
    expect(lines[0]).toBe("Borger;Uge;Dato;Status;Sendt den;Dage mødt;Dage planlagt;Timer arbejdet i ugen;Trivsel (1–5)");
    expect(lines[1]).toBe(`${alias};${first.week};${first.dueDate};Sendt;${today()};3;3;7,5;4`);
    expect(lines.join("\n")).not.toContain("Godt humør");
    expectAudit("list.exported", { actorUserId: w.consultant.id, details: { list: "follow-ups", "filter.placementId": id } });
  });

  it("says in the jobcentre's CSV why a placement needs attention, as the page's column does; not in the company's", async () => {
    const { id } = await placement(30);
    const title = placementTimeline(ctxFor(w.hr), id).slotTitle;
    const jobcentre = await csv("jobcentre-placements", "/jobcentre/placements.csv?atRisk=1", w.consultant.id);
    expect(jobcentre[0]).toContain(";Opmærksomhed;");
    expect(jobcentre.find((l) => l.includes(title))).toContain(";Opfølgning forsinket;");
    const company = await csv("company-placements", "/company/placements.csv", w.hr.id);
    expect(company[0]).not.toContain("Opmærksomhed");
    expect(company.find((l) => l.includes(title))).not.toContain("Opfølgning forsinket");
  });

  it("gives the jobcentre the citizen and the company, the company its placements without the citizen", async () => {
    const { id, candidateId } = await placement(3);
    const alias = getDb().select().from(candidates).where(eq(candidates.id, candidateId)).get()!.alias;
    const title = placementTimeline(ctxFor(w.hr), id).slotTitle;
    const jobcentre = await csv("jobcentre-placements", "/jobcentre/placements.csv", w.consultant.id);
    expect(jobcentre[0]).toContain("Virksomhed");
    expect(jobcentre.find((l) => l.includes(title))).toContain(alias);
    const company = await csv("company-placements", "/company/placements.csv", w.hr.id);
    const line = company.find((l) => l.includes(title));
    expect(line).toBeDefined();
    expect(line).not.toContain(alias);
    expect((await csv("company-placements", "/company/placements.csv", w.hrOther.id)).some((l) => l.includes(title))).toBe(false);
  });
});

describe("learning cases and citizen stories", () => {
  it("write up an ended placement anonymised; a story is published to the jobcentre's companies and HR sees it", async () => {
    const { storyLibrary, publishedStories, storyForm } = await import("~/domain/placements/story-queries.server");
    const { writeStory, publishStory } = await import("~/domain/placements/story-commands.server");
    const cut = await placement(20);
    const alias = getDb().select().from(candidates).where(eq(candidates.id, cut.candidateId)).get()!.alias;
    endPlacement(ctxFor(w.consultant), { placementId: cut.id, version: row(cut.id).version, ...completed({ kind: "interrupted", reason: "not_a_match", outcome: "continued_search", outcomeHours: null }) });
    const lesson = { kind: "learning_case" as const, title: "Lageret var for tungt", consentOn: null, consentMethod: null, sections: { situation: "Praktik 8 timer om ugen.", whatHappened: "Løftene blev for tunge.", whatWouldHaveHelped: "En prøvedag med de tunge opgaver." } };
    expect(refusal(() => writeStory(ctxFor(w.consultant), { placementId: cut.id, ...lesson, sections: { ...lesson.sections, whatHappened: `${alias} løftede for meget` } }))?.fieldErrors).toMatchObject({ whatHappened: "error.story.named" });
    expect(refusal(() => writeStory(ctxFor(w.consultant), { placementId: cut.id, ...lesson, kind: "citizen_story", consentOn: today(), consentMethod: "signed_form" }))?.messageKey).toBe("error.story.notCompleted");
    expect(refusal(() => writeStory(ctxFor(w.hr), { placementId: cut.id, ...lesson }))?.kind).toBe("forbidden");
    expect(refusal(() => writeStory(ctxFor(w.consultantOther), { placementId: cut.id, ...lesson }))?.kind).toBe("not_found");
    const caseId = writeStory(ctxFor(w.consultant), { placementId: cut.id, ...lesson });
    expect(refusal(() => writeStory(ctxFor(w.consultant), { placementId: cut.id, ...lesson }))?.messageKey).toBe("error.story.exists");
    expect(refusal(() => publishStory(ctxFor(w.consultant), { storyId: caseId }))?.messageKey).toBe("error.story.notPublishable");

    const good = await placement(20);
    endPlacement(ctxFor(w.consultant), { placementId: good.id, version: row(good.id).version, ...completed() });
    const story = { kind: "citizen_story" as const, title: "Fra 8 til 12 timer", consentOn: today(), consentMethod: "signed_form", sections: { before: "Ledig i to år.", during: "Faste opgaver hjalp.", after: "Ordinært job 25 timer om ugen." } };
    expect(refusal(() => writeStory(ctxFor(w.consultant), { placementId: good.id, ...story, consentOn: null }))?.fieldErrors).toMatchObject({ consentOn: "error.story.consent" });
    const storyId = writeStory(ctxFor(w.consultant), { placementId: good.id, ...story });
    expect(storyForm(ctxFor(w.consultant), good.id).existing[0]).toMatchObject({ kind: "citizen_story", consentOn: today() });

    const library = storyLibrary(ctxFor(w.admin), { kind: "learning_case" }).result.rows;
    expect(library.map((s) => s.id)).toContain(caseId);
    expect(library.map((s) => s.id)).not.toContain(storyId);
    expect(library.find((s) => s.id === caseId)).toMatchObject({ ageBand: "25-29", industry: w.companyA.industry });
    expect(JSON.stringify(library)).not.toContain(alias);
    expect(storyLibrary(ctxFor(w.consultantOther), {}).result.rows.map((s) => s.id)).not.toContain(caseId);
    expect(refusal(() => storyLibrary(ctxFor(w.hr), {}))?.kind).toBe("forbidden");
    // A page at a time, newest first, with the whole count (the library was the newest 100, uncounted).
    const pages = [1, 2, 3].map((page) => storyLibrary(ctxFor(w.consultant), {}, page, 1).result);
    expect(pages.map((r) => r.rows.map((s) => s.id))).toEqual([[storyId], [caseId], []]);
    expect(pages.map((r) => r.total)).toEqual([2, 2, 2]);
    expect(storyLibrary(ctxFor(w.consultant), { kind: "citizen_story" }, 1, 1).result).toMatchObject({ total: 1, rows: [{ id: storyId }] });

    expect(publishedStories(ctxFor(w.hr)).map((s) => s.id)).not.toContain(storyId);
    expect(refusal(() => publishStory(ctxFor(w.consultantOther), { storyId }))?.kind).toBe("not_found");
    publishStory(ctxFor(w.consultant), { storyId });
    expectAudit("story.published", { subjectId: good.id, details: { storyId } });
    expect(publishedStories(ctxFor(w.hr)).map((s) => s.id)).toContain(storyId);
    expect(publishedStories(ctxFor(w.mentor))).toEqual([]);
    expect(publishedStories(ctxFor(w.hrOther)).map((s) => s.id)).not.toContain(storyId);

    // The library as CSV (issue 13, "cases"): the page's filters, anonymised, the text under its headings, audited.
    const { loader } = await import("~/routes/csv/stories");
    const download = async (url: string, userId: number) => {
      const response = loader({ request: new Request(new URL(url, "http://localhost"), { headers: { Cookie: sessionCookieFor(userId) } }), params: {}, context: testContext() } as never);
      expect(response.status).toBe(200);
      return (await response.text()).replace(/^\uFEFF/, "");
    };
    const cases = await download("/jobcentre/stories.csv?kind=learning_case", w.consultant.id);
    expect(cases.split("\r\n")[0]).toBe("Type;Overskrift;Branche;Aldersgruppe;Tekst;Skrevet;Offentliggjort");
    expect(cases).toContain("Lageret var for tungt");
    expect(cases).toContain("Hvad skete der? Løftene blev for tunge.");
    expect(cases).not.toContain("Fra 8 til 12 timer");
    expect(cases).not.toContain(alias);
    expectAudit("list.exported", { actorUserId: w.consultant.id, details: { list: "stories", "filter.kind": "learning_case" } });
    expect(await download("/jobcentre/stories.csv", w.consultantOther.id)).not.toContain("Lageret var for tungt");
  });
});
