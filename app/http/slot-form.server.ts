import { data } from "@remix-run/node";
import { OverCapacity } from "~/domain/slots/commands.server";
import { checkSlotRules, slotInput, type SlotInput } from "~/domain/slots/schema";
import type { Locale } from "~/i18n/locales";
import { formatNumber, translate } from "~/i18n/translate";
import { formValues, handleDomainError, parseForm, type FormFailure } from "./forms.server";

/** Schema first, then the slot's own rules; every problem as a message at its field. */
export function parseSlotForm(formData: FormData, now: Date): { ok: true; slot: SlotInput } | FormFailure {
  const parsed = parseForm(slotInput, formData);
  const taskIds = formData.getAll("taskIds").map(String);
  if (!parsed.ok) {
    if (taskIds.length === 0) parsed.errors.taskIds ??= "error.slot.tasks";
    return parsed;
  }
  const checked = checkSlotRules(parsed.data, taskIds, now);
  if (!checked.ok) return { ok: false, errors: checked.errors, values: formValues(formData) };
  return checked;
}

/** The meter's refusal says by how much and what would fit, in the user's language. */
export function overCapacityMessage(locale: Locale, meter: OverCapacity["meter"]): string {
  const n = (v: number) => formatNumber(locale, v);
  const fit =
    meter.seatsThatFit > 0
      ? translate(locale, "meter.fitSeats", { seats: meter.seatsThatFit })
      : meter.hoursThatFit >= 1
        ? translate(locale, "meter.fitHours", { hours: n(meter.hoursThatFit) })
        : translate(locale, "meter.fitNothing");
  return `${translate(locale, "meter.over", { excess: n(meter.excess) })} ${fit}`;
}

export function handleSlotError(error: unknown, formData: FormData, locale: Locale) {
  if (error instanceof OverCapacity) {
    return data(
      { ok: false as const, errors: { seats: overCapacityMessage(locale, error.meter) }, values: formValues(formData), meter: error.meter },
      { status: 400 },
    );
  }
  return handleDomainError(error, formData);
}
