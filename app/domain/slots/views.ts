import type { withDetails } from "./queries.server";

/**
 * What each audience of a slot is sent. Loaders return one of these, never the row: a
 * `.data` request shows exactly what the page may show and nothing else (issue 8.13).
 */
type SlotWithDetails = ReturnType<typeof withDetails>;

/** What every reader sees: the offer itself, with the mentor by first name only. */
function offer(slot: SlotWithDetails) {
  return {
    title: slot.title,
    kind: slot.kind,
    purposeKind: slot.purposeKind,
    purpose: slot.purpose,
    companyName: slot.companyName,
    workplace: slot.workplace,
    startDate: slot.startDate,
    lengthWeeks: slot.lengthWeeks,
    startHours: slot.startHours,
    targetHours: slot.targetHours,
    steps: slot.steps,
    workingDays: slot.workingDays,
    dayStart: slot.dayStart,
    dayEnd: slot.dayEnd,
    mentorFirstName: slot.mentorFirstName,
    seats: slot.seats,
    accessibility: slot.accessibility,
    wishes: slot.wishes,
    tasks: slot.tasks.map(({ id: _id, ...task }) => task),
    meter: slot.meter,
  };
}

function history(slot: SlotWithDetails) {
  return slot.history.map((e) => ({ id: e.id, at: e.at, event: e.event, actorLabel: e.actorLabel, comment: e.comment }));
}

/**
 * The company's own page: HR sees the representative's contact and answer and the
 * jobcentre's comment; a mentor sees the slot they mentor without the representative's e-mail.
 */
export function companySlotView(slot: SlotWithDetails, role: "company_admin" | "mentor") {
  return {
    ...offer(slot),
    id: slot.id,
    version: slot.version,
    status: slot.status,
    tasks: slot.tasks,
    mentorName: slot.mentorName,
    repName: slot.repName,
    repEmail: role === "company_admin" ? slot.repEmail : null,
    repStatus: slot.repStatus,
    repComment: slot.repComment,
    reviewComment: slot.reviewComment,
    history: history(slot),
  };
}

/**
 * The jobcentre's review page: the offer, the company, whether the representative
 * confirmed, and the history; not the representative's e-mail nor the mentor's full name.
 */
export function jobcentreSlotView(slot: SlotWithDetails) {
  return {
    ...offer(slot),
    id: slot.id,
    version: slot.version,
    status: slot.status,
    companyId: slot.companyId,
    industry: slot.industry,
    repName: slot.repName,
    repStatus: slot.repStatus,
    reviewComment: slot.reviewComment,
    history: history(slot),
  };
}

/**
 * The employee representative (no account, a link): the offer they are asked to confirm and
 * whom it is addressed to; no ids, no e-mail addresses, no comments, no history.
 */
export function representativeSlotView(slot: SlotWithDetails) {
  return { ...offer(slot), repName: slot.repName };
}

/** HR's edit form: the values the form fills in, the status and version, nothing else. */
export function slotFormView(slot: SlotWithDetails, taskIds: number[]) {
  return {
    id: slot.id,
    version: slot.version,
    status: slot.status,
    kind: slot.kind,
    title: slot.title,
    purposeKind: slot.purposeKind,
    purpose: slot.purpose,
    workplaceId: slot.workplaceId,
    taskIds,
    startDate: slot.startDate,
    lengthWeeks: slot.lengthWeeks,
    startHours: slot.startHours,
    targetHours: slot.targetHours,
    steps: slot.steps,
    workingDays: slot.workingDays,
    dayStart: slot.dayStart,
    dayEnd: slot.dayEnd,
    mentorUserId: slot.mentorUserId,
    seats: slot.seats,
    accessibility: slot.accessibility,
    wishes: slot.wishes,
    repName: slot.repName,
  };
}
