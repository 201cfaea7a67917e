import { redirect } from "@remix-run/node";
import type { Ctx } from "~/domain/actor";
import { changeMonthlyWageCost } from "~/domain/placements/wage-commands.server";
import { wageCostInput } from "~/domain/placements/wage-schema";
import { handleDomainError, invalidForm, parseForm } from "./forms.server";

/**
 * The placement page's post that changes a løntilskud's monthly wage cost (HR's and the
 * jobcentre's page alike): shape problems and the command's refusals come back at the field.
 */
export function wageCostAction(ctx: Ctx, placementId: number, formData: FormData, base: "/company/placements" | "/jobcentre/placements") {
  const parsed = parseForm(wageCostInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  try {
    changeMonthlyWageCost(ctx, { placementId, ...parsed.data });
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return redirect(`${base}/${placementId}?done=wageCost#wage`);
}
