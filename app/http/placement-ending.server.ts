import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import type { Ctx } from "~/domain/actor";
import { endPlacement, movePlacementEnd, recordStatusCheck } from "~/domain/placements/ending-commands.server";
import { endingView } from "~/domain/placements/ending-queries.server";
import { endInput, moveEndInput, statusInput } from "~/domain/placements/ending-schema";
import { readFormData } from "./body-limit.server";
import { formError, handleDomainError, invalidForm, orHttpError, parseForm } from "./forms.server";
import { idParam } from "./params";
import { withReadableDates } from "./placement-start.server";

type Base = "/company/placements" | "/jobcentre/placements";

/** The end page's data: the placement's end as the actor's side may see it. */
export function endingLoader(args: LoaderFunctionArgs, ctx: Ctx) {
  return orHttpError(() => endingView(ctx, idParam(args.params, "placementId")));
}

/**
 * One page, three forms told apart by `intent`: move the planned end, end the placement, and
 * (the jobcentre only) record the status three months on. Back to the placement on success.
 */
export async function endingAction(args: ActionFunctionArgs, ctx: Ctx, base: Base) {
  const placementId = idParam(args.params, "placementId");
  // Someone who may not see the placement is refused before their input is read.
  orHttpError(() => endingView(ctx, placementId));
  const formData = await readFormData(args.request);
  const intent = formData.get("intent");
  try {
    if (intent === "move") {
      const parsed = parseForm(moveEndInput, formData);
      if (!parsed.ok) return invalidForm(parsed);
      movePlacementEnd(ctx, { placementId, ...parsed.data });
      return redirect(`${base}/${placementId}?done=endMoved#ending`);
    }
    if (intent === "end") {
      const parsed = parseForm(endInput, formData);
      if (!parsed.ok) return invalidForm(parsed);
      endPlacement(ctx, { placementId, ...parsed.data });
      return redirect(`${base}/${placementId}?done=ended#ending`);
    }
    if (intent === "status" && base === "/jobcentre/placements") {
      const parsed = parseForm(statusInput, formData);
      if (!parsed.ok) return invalidForm(parsed);
      recordStatusCheck(ctx, { placementId, category: parsed.data.category, hours: parsed.data.hours });
      return redirect(`${base}/${placementId}?done=status#ending`);
    }
  } catch (error) {
    return handleDomainError(withReadableDates(error, args.request), formData);
  }
  return formError(formData, "_form", "error.invalid");
}
