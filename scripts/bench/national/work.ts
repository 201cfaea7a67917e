import { slotEvents, slots, slotTasks, tasks } from "~/db/schema";
import type { SlotKind, SlotStatus, Weekday } from "~/domain/slots/schema";
import { isCountedKind } from "~/domain/slots/reasonableness";
import { COUNTED_STATUSES, type SlotEvent } from "~/domain/slots/status";
import { FREQUENCIES, LEARNING_TIMES, type TaskStatus } from "~/domain/tasks/schema";
import { inserter } from "./bulk-insert";
import { addLoad, count, DAY, isoDay, type SlotRef, type Stage } from "./generation";
import { share } from "./sizes";

const TITLES = ["Lagermedhjælper", "Kasseassistent", "Køkkenhjælp", "Pedelmedhjælper", "Kontorassistent", "Rengøringsassistent", "Butiksmedhjælper", "Bagerimedhjælper", "Havemedhjælper", "Værkstedsmedhjælper"];

function taskStatus(k: number): TaskStatus {
  if (k === 0 || k % 10 < 7) return "active";
  return k % 10 === 9 ? "archived" : "draft";
}

/** Relief tasks, complete where active (the rule for an active task), five per company on average. */
export const reliefTasks: Stage = {
  name: "relief tasks",
  run(g) {
    const add = inserter(g.sqlite, tasks);
    g.companies.forEach((company, c) => {
      for (let k = 0; k < share(g.sizes.tasks, g.companies.length, c); k++) {
        const status = taskStatus(k);
        const updatedAt = new Date(g.now.getTime() - g.rng.int(1, 600) * DAY);
        const complete = status !== "draft";
        const id = add({
          companyId: company.id,
          workplaceId: g.rng.pick(company.workplaceIds),
          status,
          title: `${g.rng.pick(TITLES)}: opgave ${k + 1}`,
          description: complete ? "Faste opgaver hver formiddag, som en kollega i dag løser ved siden af sit eget arbejde." : null,
          relievedRole: complete ? "Butiksansvarlig" : null,
          hoursFreed: complete ? g.rng.int(1, 10) : null,
          frequency: complete ? g.rng.pick(FREQUENCIES) : null,
          learningTime: complete ? g.rng.pick(LEARNING_TIMES) : null,
          physical: complete ? g.rng.int(1, 3) : null,
          social: complete ? g.rng.int(1, 3) : null,
          language: complete ? g.rng.int(1, 3) : null,
          pace: complete ? g.rng.int(1, 3) : null,
          precision: complete ? g.rng.int(1, 3) : null,
          adaptations: complete ? ["quiet_place"] : [],
          createdAt: updatedAt,
          updatedAt,
        });
        count(g, "tasks");
        if (status === "active") company.activeTaskIds.push(id);
      }
    });
  },
};

/** Of every 20 slots of a verified company: how many are in each status. */
const STATUS_MIX: [SlotStatus, number][] = [
  ["open", 10],
  ["draft", 3],
  ["submitted", 2],
  ["filled", 2],
  ["changes_requested", 1],
  ["closed", 1],
  ["withdrawn", 1],
];
const STATUS_CYCLE = STATUS_MIX.flatMap(([status, n]) => Array<SlotStatus>(n).fill(status));

/** The events a slot in this status has been through, in order. */
const HISTORY: Record<SlotStatus, SlotEvent[]> = {
  draft: ["created"],
  awaiting_representative: ["created", "representative_requested"],
  submitted: ["created", "submit"],
  changes_requested: ["created", "submit", "requestChanges"],
  open: ["created", "submit", "approve"],
  filled: ["created", "submit", "approve", "markFilled"],
  closed: ["created", "submit", "approve", "close"],
  withdrawn: ["created", "submit", "withdraw"],
  rejected: ["created", "submit", "reject"],
};

/** When an event of a slot's history happened, between its creation and its last change. */
function eventAt(event: SlotEvent, created: number, last: number): number {
  if (event === "created") return created;
  if (event === "representative_requested") return created + DAY;
  if (event === "submit") return created + 5 * DAY;
  if (event === "approve") return created + 8 * DAY;
  return last;
}

const WEEK: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];

/**
 * Internship slots with their tasks and history. Only verified companies get slots past the
 * draft (the jobcentre approves slots of verified companies); every slot fits its schedule
 * (target hours within 5 days of 08:00–15:00) and its workplace's reasonableness meter.
 */
export const internshipSlots: Stage = {
  name: "slots, slot tasks and history",
  run(g) {
    const add = inserter(g.sqlite, slots);
    const addTask = inserter(g.sqlite, slotTasks);
    const addEvent = inserter(g.sqlite, slotEvents);
    let n = 0;
    g.companies.forEach((company, c) => {
      if (company.activeTaskIds.length === 0) return;
      for (let k = 0; k < share(g.sizes.slots, g.companies.length, c); k++, n++) {
        const status: SlotStatus = company.status === "verified" ? STATUS_CYCLE[n % STATUS_CYCLE.length]! : "draft";
        const finished = status === "closed" || status === "withdrawn" || status === "filled";
        const updatedAt = g.now.getTime() - g.rng.int(finished ? 30 : 0, finished ? 400 : 120) * DAY - g.rng.int(0, DAY);
        // Approved slots have been open a while (up to 14 months), so their history has room for proposals.
        const openDays = ["open", "filled", "closed"].includes(status) ? g.rng.int(2, 420) : 0;
        const createdAt = updatedAt - (openDays + 10) * DAY;
        const startHours = g.rng.int(5, 20);
        const targetHours = g.rng.int(startHours, 35);
        const kind = g.rng.pick<SlotKind>(["praktik", "praktik", "loentilskud", "fleksjob", "smaajob"]);
        const seats = g.rng.int(1, 2);
        const workplaceId = company.workplaceIds[k % company.workplaceIds.length]!;
        if ((COUNTED_STATUSES as readonly string[]).includes(status) && isCountedKind(kind)) addLoad(g, workplaceId, seats, targetHours);
        const history = HISTORY[status];
        const id = add({
          companyId: company.id,
          jobcentreId: company.jobcentreId,
          workplaceId,
          kind,
          status,
          title: `${g.rng.pick(TITLES)} ${n + 1}`,
          purposeKind: (["paid_hours", "skills", "job_goal"] as const)[(n + k) % 3],
          purpose: "Et trygt sted at prøve kræfter med faste opgaver og en fast mentor.",
          startDate: isoDay(finished ? updatedAt - 60 * DAY : g.now.getTime() + g.rng.int(14, 180) * DAY),
          lengthWeeks: g.rng.int(4, 26),
          startHours,
          targetHours,
          workingDays: WEEK,
          dayStart: "08:00",
          dayEnd: "15:00",
          mentorUserId: company.mentorId,
          seats,
          wishes: n % 3 === 0 ? "Gerne erfaring med kunder" : null,
          reviewComment: status === "changes_requested" ? "Beskriv gerne de første ugers opgaver lidt mere." : null,
          submittedAt: history.includes("submit") ? new Date(createdAt + 5 * DAY) : null,
          openedAt: history.includes("approve") ? new Date(createdAt + 8 * DAY) : null,
          createdAt: new Date(createdAt),
          updatedAt: new Date(updatedAt),
        });
        count(g, "slots");
        const taskCount = Math.min(company.activeTaskIds.length, 1 + (n % 2));
        for (let t = 0; t < taskCount; t++) addTask({ slotId: id, taskId: company.activeTaskIds[(k + t) % company.activeTaskIds.length]! });
        count(g, "slot_tasks", taskCount);
        history.forEach((event) => addEvent({ slotId: id, at: new Date(eventAt(event, createdAt, updatedAt)), event, actorLabel: `HR ${c + 1}` }));
        count(g, "slot_events", history.length);
        if (status === "open") {
          const ref: SlotRef = { id, companyId: company.id, status };
          const list = g.openSlots.get(company.jobcentreId) ?? [];
          list.push(ref);
          g.openSlots.set(company.jobcentreId, list);
        }
      }
    });
  },
};
