import { data } from "@remix-run/node";
import { DomainError } from "~/domain/errors";
import { OverCapacity } from "~/domain/slots/commands.server";
import { checkSlotRules, SLOT_FIELD_ORDER, slotInput, slotRuleErrors, type RawSlotInput, type SlotInput } from "~/domain/slots/schema";
import type { KeyWithVars } from "~/i18n/translate";
import { formValues, handleDomainError, parseForm, type FieldErrors, type FormFailure } from "./forms.server";

/**
 * Every problem in one round, each as a message at its field, in the order of the form:
 * the schema per field, then each cross-field rule whose fields are valid.
 */
export function parseSlotForm(formData: FormData, now: Date): { ok: true; slot: SlotInput } | FormFailure {
  const taskIds = formData.getAll("taskIds").map(String);
  const parsed = parseForm(slotInput, formData);
  if (parsed.ok) {
    const checked = checkSlotRules(parsed.data, taskIds, now);
    if (checked.ok) return checked;
    return { ok: false, errors: inFieldOrder(checked.errors), values: formValues(formData) };
  }
  // The fields that are valid on their own still get their cross-field rules checked now.
  const valid: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(slotInput.shape)) {
    if (parsed.errors[name]) continue;
    const all = formData.getAll(name);
    const one = schema.safeParse(all.length > 1 ? all : all[0]);
    if (one.success) valid[name] = one.data;
  }
  const rules = slotRuleErrors(valid as Partial<RawSlotInput>, taskIds, now);
  return { ...parsed, errors: inFieldOrder({ ...rules.errors, ...parsed.errors }) };
}

function inFieldOrder(errors: FieldErrors): FieldErrors {
  const rank = (field: string) => {
    const i = (SLOT_FIELD_ORDER as readonly string[]).indexOf(field);
    return i === -1 ? SLOT_FIELD_ORDER.length : i;
  };
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

/** The meter's refusal says by how much and what would fit, in the user's language. */
export function overCapacityMessage(meter: OverCapacity["meter"]): readonly KeyWithVars[] {
  const fit: KeyWithVars =
    meter.seatsThatFit > 0
      ? { key: "meter.fitSeats", vars: { seats: meter.seatsThatFit } }
      : meter.hoursThatFit >= 1
        ? { key: "meter.fitHours", vars: { hours: meter.hoursThatFit } }
        : { key: "meter.fitNothing" };
  return [{ key: "meter.over", vars: { count: meter.excess } }, fit];
}

export function handleSlotError(error: unknown, formData: FormData) {
  if (error instanceof OverCapacity) {
    return data(
      { ok: false as const, errors: { seats: overCapacityMessage(error.meter) }, values: formValues(formData), meter: error.meter },
      { status: 400 },
    );
  }
  return handleDomainError(error, formData);
}

/**
 * A command the user pressed (not a form they typed) was refused: the reason is shown as
 * "could not be done" beside the buttons, never under "problems with what you entered".
 * Errors at the fields the user did type (e.g. the representative's e-mail) stay form errors.
 */
export function handleCommandError(error: unknown, formData: FormData, typedFields: readonly string[] = []) {
  if (error instanceof OverCapacity) {
    return data({ ok: false as const, refusal: overCapacityMessage(error.meter), meter: error.meter }, { status: 409 });
  }
  if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "conflict") && !typedFields.includes(error.field ?? "")) {
    return data({ ok: false as const, refusal: error.messageKey, meter: null }, { status: 409 });
  }
  return handleDomainError(error, formData);
}
