import { z } from "zod";
import { completenessErrors, draftTaskInput } from "~/domain/tasks/schema";
import { parseForm } from "./forms.server";

export const taskFormInput = draftTaskInput.extend({
  intent: z.enum(["draft", "activate", "save"]).catch("draft"),
});

export const versionInput = z.object({ version: z.coerce.number().int().min(1) });

/**
 * When HR asks to activate, a form with a wrong value also lists everything still missing,
 * so all problems show at once rather than one round at a time.
 */
export function parseTaskForm(formData: FormData) {
  const parsed = parseForm(taskFormInput, formData);
  if (!parsed.ok && (formData.get("intent") === "activate" || formData.get("intent") === "save")) {
    const text = (name: string) => String(formData.get(name) ?? "").trim() || null;
    const filled = (name: string) => (text(name) ? 1 : null);
    const missing = completenessErrors({
      description: text("description"),
      workplaceId: filled("workplaceId"),
      relievedRole: text("relievedRole"),
      hoursFreed: filled("hoursFreed"),
      frequency: text("frequency"),
      learningTime: text("learningTime"),
      physical: filled("physical"),
      social: filled("social"),
      language: filled("language"),
      pace: filled("pace"),
      precision: filled("precision"),
    });
    for (const [field, key] of Object.entries(missing)) parsed.errors[field] ??= key;
  }
  return parsed;
}
