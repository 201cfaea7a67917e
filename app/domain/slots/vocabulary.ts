/** The words a slot is described with. Pure data, free of zod: components import these, `schema.ts` validates with them. */
export const SLOT_KINDS = ["praktik", "loentilskud", "fleksjob", "smaajob"] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

/**
 * What a slot is for, as the law and the national agreement form name it: ordinary paid
 * hours, training specific skills, or clarifying a job goal. The free text says more.
 */
export const SLOT_PURPOSES = ["paid_hours", "skills", "job_goal"] as const;
export type SlotPurpose = (typeof SLOT_PURPOSES)[number];

export const SLOT_STATUSES = [
  "draft",
  "awaiting_representative",
  "submitted",
  "changes_requested",
  "open",
  "filled",
  "closed",
  "withdrawn",
  "rejected",
] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const REP_STATUSES = ["none", "pending", "confirmed", "declined"] as const;
export type RepStatus = (typeof REP_STATUSES)[number];

export interface HourStep {
  afterWeeks: number;
  hours: number;
}
