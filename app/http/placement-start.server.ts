import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import type { Ctx } from "~/domain/actor";
import { startPlacement } from "~/domain/placements/commands.server";
import { startForm } from "~/domain/placements/queries.server";
import { shapeStart, startInput } from "~/domain/placements/schema";
import { DomainError } from "~/domain/errors";
import { localeFromRequest } from "~/i18n/locale.server";
import { formatCalendarDate } from "~/i18n/translate";
import { readFormData } from "./body-limit.server";
import { formValues, handleDomainError, invalidForm, orHttpError, parseForm } from "./forms.server";

const query = z.object({ proposalId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** The start form's data for `?proposalId=`; a missing or foreign proposal is a 404. */
export function startFormLoader(args: LoaderFunctionArgs, ctx: Ctx) {
  const parsed = query.safeParse(Object.fromEntries(new URL(args.request.url).searchParams));
  if (!parsed.success) throw new Response("Not Found", { status: 404 });
  return orHttpError(() => startForm(ctx, parsed.data.proposalId));
}

/**
 * One post starts the placement: the form's shape problems and the command's rules come back
 * together as field messages; on success to the placement's page under `base`.
 */
export async function startFormAction(args: ActionFunctionArgs, ctx: Ctx, base: "/company/placements" | "/jobcentre/placements") {
  const formData = await readFormData(args.request);
  const parsed = parseForm(startInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  const { input, errors } = shapeStart(parsed.data);
  if (Object.keys(errors).length > 0) return invalidForm({ ok: false, errors, values: formValues(formData) });
  try {
    const id = startPlacement(ctx, input);
    return redirect(`${base}/${id}?done=started`);
  } catch (error) {
    return handleDomainError(withReadableDates(error, args.request), formData);
  }
}

/** A date in a rule's message ("ends on or before …") is written the reader's way, not as ISO. */
export function withReadableDates(error: unknown, request: Request): unknown {
  if (!(error instanceof DomainError) || !error.fieldErrors) return error;
  const locale = localeFromRequest(request);
  const fieldErrors = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, m]) =>
      typeof m === "object" && typeof m.vars?.lastDay === "string" ? [field, { ...m, vars: { ...m.vars, lastDay: formatCalendarDate(locale, m.vars.lastDay) } }] : [field, m],
    ),
  );
  return new DomainError(error.kind, error.messageKey, error.field, fieldErrors);
}
