import { data } from "@remix-run/node";
import type { z } from "zod";
import { DomainError } from "~/domain/errors";
import { isMessageKey, type MessageKey, type UserMessage } from "~/i18n/translate";

export type FieldErrors = Record<string, UserMessage>;

/** A validation message from zod is a catalogue key; one that is not (a schema without its own message) reads as a generic hint. */
function messageKeyOf(message: string): MessageKey {
  return isMessageKey(message) ? message : "error.invalid";
}
export interface FormFailure {
  ok: false;
  /** Field name -> message key; "_form" holds a message for the whole form. */
  errors: FieldErrors;
  values: Record<string, string>;
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    // Passwords are never echoed back into the page.
    if (/password/i.test(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    // Several values (checkboxes) travel joined by the unit separator; ChoiceGroup splits them.
    values[key] = all.join("\u001f");
  }
  return values;
}

export function parseForm<S extends z.ZodTypeAny>(
  schema: S,
  formData: FormData,
  /** Reshapes the flat form before validation (e.g. "workplace.x" fields into an object). */
  shape: (raw: Record<string, unknown>) => Record<string, unknown> = (raw) => raw,
): { ok: true; data: z.infer<S> } | FormFailure {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  const result = schema.safeParse(shape(raw));
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "_form";
    errors[field] ??= messageKeyOf(issue.message);
  }
  return { ok: false, errors, values: formValues(formData) };
}

/** 400 with the field messages and the user's input, so the form shows both again. */
export function invalidForm(failure: FormFailure, status = 400) {
  return data(failure, { status });
}

export function formError(formData: FormData, field: string, messageKey: UserMessage, status = 400) {
  return invalidForm({ ok: false, errors: { [field]: messageKey }, values: formValues(formData) }, status);
}

/**
 * Maps a refused use-case onto HTTP: missing or foreign records are 404, policy refusals
 * 403, and conflicts or invalid input a message on the form.
 */
export function handleDomainError(error: unknown, formData: FormData) {
  if (!(error instanceof DomainError)) throw error;
  if (error.kind === "not_found") throw new Response("Not Found", { status: 404 });
  if (error.kind === "forbidden") throw new Response("Forbidden", { status: 403 });
  const status = error.kind === "conflict" ? 409 : error.kind === "rate_limited" ? 429 : 400;
  if (error.fieldErrors) return invalidForm({ ok: false, errors: error.fieldErrors, values: formValues(formData) }, status);
  return formError(formData, error.field ?? "_form", error.messageKey, status);
}

/** For loaders: a missing or foreign record is a 404 page, a refusal a 403 page. */
export function orHttpError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") throw new Response("Not Found", { status: 404 });
    if (error instanceof DomainError && error.kind === "forbidden") throw new Response("Forbidden", { status: 403 });
    throw error;
  }
}
