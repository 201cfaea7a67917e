import type { MessageKey } from "../catalogue";

/** The buttons HR gives a slot, and what the page says after each (`?done=`). */
export const SLOT_COMMAND_LABEL = {
  submit: "slots.command.submit",
  withdraw: "slots.command.withdraw",
  markFilled: "slots.command.markFilled",
  close: "slots.command.close",
} as const satisfies Record<string, MessageKey>;

export const SLOT_DONE = {
  representative: "slots.done.representative",
  submit: "slots.done.submit",
  withdraw: "slots.done.withdraw",
  markFilled: "slots.done.markFilled",
  close: "slots.done.close",
} as const satisfies Record<string, MessageKey>;

/** What the review page says after the jobcentre's decision (`?done=`). */
export const REVIEW_DONE = {
  approve: "review.done.approve",
  requestChanges: "review.done.requestChanges",
  reject: "review.done.reject",
} as const satisfies Record<string, MessageKey>;
