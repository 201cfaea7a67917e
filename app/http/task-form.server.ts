import { data } from "@remix-run/node";
import { z } from "zod";
import { IncompleteTask } from "~/domain/tasks/commands.server";
import { draftTaskInput } from "~/domain/tasks/schema";
import { formValues, handleDomainError, parseForm } from "./forms.server";

export const taskFormInput = draftTaskInput.extend({
  intent: z.enum(["draft", "activate", "save"]).catch("draft"),
});

export const versionInput = z.object({ version: z.coerce.number().int().min(1) });

/** Completeness problems come as several field messages at once. */
export function handleTaskError(error: unknown, formData: FormData) {
  if (error instanceof IncompleteTask) {
    return data({ ok: false as const, errors: error.fieldErrors, values: formValues(formData) }, { status: 400 });
  }
  return handleDomainError(error, formData);
}

export function parseTaskForm(formData: FormData) {
  return parseForm(taskFormInput, formData);
}
