import { data } from "@remix-run/node";
import { DomainError } from "~/domain/errors";
import { OverCapacity } from "~/domain/slots/commands.server";
import { SLOT_FIELD_ORDER, shapeSlot, slotInput, slotRuleErrors, type RawSlotInput, type SlotInput } from "~/domain/slots/schema";
import type { KeyWithVars } from "~/i18n/translate";
import { formValues, handleDomainError, parseForm, type FieldErrors, type FormFailure } from "./forms.server";

/**
 * Every problem in one round, each as a message at its field, in the order of the form:
 * the schema per field, then each of the slot's rules whose fields are valid (the same
 * `slotRuleErrors` the commands run, so a rule lives once).
 */
export function parseSlotForm(formData: FormData, now: Date): { ok: true; slot: SlotInput } | FormFailure {
  const taskIds = formData.getAll("taskIds").map(String);
  const parsed = parseForm(slotInput, formData);
  // The fields that are valid on their own still get their cross-field rules checked now.
  const valid: Record<string, unknown> = {};
  if (parsed.ok) Object.assign(valid, parsed.data);
  else {
    for (const [name, schema] of Object.entries(slotInput.shape)) {
      if (parsed.errors[name]) continue;
      const all = formData.getAll(name);
      const one = schema.safeParse(all.length > 1 ? all : all[0]);
      if (one.success) valid[name] = one.data;
    }
  }
  const shaped = shapeSlot(valid as Partial<RawSlotInput>, taskIds);
  const errors = { ...slotRuleErrors(shaped.slot, now), ...shaped.errors, ...(parsed.ok ? {} : parsed.errors) };
  if (Object.keys(errors).length === 0) return { ok: true, slot: shaped.slot as SlotInput };
  return { ok: false, errors: inFieldOrder(errors), values: formValues(formData) };
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
      ? { key: "meter.fitSeats", vars: { count: meter.seatsThatFit } }
      : meter.hoursThatFit >= 1
        ? { key: "meter.fitHours", vars: { hours: meter.hoursThatFit } }
        : { key: "meter.fitNothing" };
  return [{ key: "meter.over", vars: { count: meter.excess } }, fit];
}

/**
 * A refused slot form: the meter's refusal at the seats field (or, where the page has no
 * seats field, for the whole form), everything else as the domain error says.
 */
export function handleSlotError(error: unknown, formData: FormData, overCapacityAt: "seats" | "_form" = "seats") {
  if (error instanceof OverCapacity) {
    const message = overCapacityMessage(error.meter);
    // Typed as the seats variant so the page keeps seeing `meter` on the refusal.
    const errors = (overCapacityAt === "seats" ? { seats: message } : { _form: message }) as { seats: typeof message };
    return data(
      { ok: false as const, errors, values: formValues(formData), meter: error.meter },
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
