import type { MessageKey } from "~/i18n/catalogue";

/** A message with numbers or dates in it (e.g. the longest a placement may run). */
export interface MessageWithVars {
  key: MessageKey;
  vars?: Record<string, string | number>;
}

/** Typed outcomes of a refused use-case; routes turn them into 404, 403 or a form message. */
export class DomainError extends Error {
  constructor(
    readonly kind: "not_found" | "forbidden" | "conflict" | "invalid" | "rate_limited",
    /** A message-catalogue key the user is shown. */
    readonly messageKey: MessageKey,
    readonly field?: string,
    /** Several field messages at once (e.g. everything an incomplete task lacks). */
    readonly fieldErrors?: Record<string, MessageKey | MessageWithVars>,
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

export const notFound = (key: MessageKey = "error.notFound") => new DomainError("not_found", key);
export const forbidden = (key: MessageKey = "error.forbidden") => new DomainError("forbidden", key);
export const conflict = (key: MessageKey = "error.conflict", field?: string) => new DomainError("conflict", key, field);
export const invalid = (key: MessageKey, field?: string) => new DomainError("invalid", key, field);
