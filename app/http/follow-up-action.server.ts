import type { ActionFunctionArgs } from "@remix-run/node";
import type { Ctx } from "~/domain/actor";
import { commentOnFollowUp, decideAdjustment, saveFollowUp } from "~/domain/placements/follow-up-commands.server";
import { commentInput, decisionInput, followUpInput, progressFrom } from "~/domain/placements/follow-up-schema";
import { readFormData } from "./body-limit.server";
import { handleDomainError, invalidForm, parseForm } from "./forms.server";

/** The mentor's post: a draft kept, or the follow-up submitted. */
export async function saveFollowUpAction(args: ActionFunctionArgs, ctx: Ctx, ids: { placementId: number; followUpId: number }): Promise<{ done: "draft" | "submit" } | ReturnType<typeof invalidForm>> {
  const formData = await readFormData(args.request);
  const parsed = parseForm(followUpInput, formData);
  if (!parsed.ok) return invalidForm(parsed);
  const { intent, version, ...answers } = parsed.data;
  try {
    saveFollowUp(ctx, { ...ids, intent, version, answers: { ...answers, ...progressFrom(Object.fromEntries(formData)) } });
  } catch (error) {
    return handleDomainError(error, formData);
  }
  return { done: intent };
}

/** The consultant's post: a comment, or a decision on the suggested adjustment. */
export async function consultantFollowUpAction(args: ActionFunctionArgs, ctx: Ctx, ids: { placementId: number; followUpId: number }): Promise<{ done: "comment" | "approve" | "decline" } | ReturnType<typeof invalidForm>> {
  const formData = await readFormData(args.request);
  const intent = formData.get("intent");
  try {
    if (intent === "comment") {
      const parsed = parseForm(commentInput, formData);
      if (!parsed.ok) return invalidForm(parsed);
      commentOnFollowUp(ctx, { ...ids, text: parsed.data.text! });
      return { done: "comment" };
    }
    const parsed = parseForm(decisionInput, formData);
    if (!parsed.ok) return invalidForm(parsed);
    const adjustmentId = Number(formData.get("adjustmentId"));
    if (!Number.isInteger(adjustmentId) || adjustmentId <= 0) throw new Response("Not Found", { status: 404 });
    const d = parsed.data;
    decideAdjustment(ctx, d.decision === "approve" ? { placementId: ids.placementId, adjustmentId, ...d } : { placementId: ids.placementId, adjustmentId, decision: "decline", reason: d.reason! });
    return { done: d.decision };
  } catch (error) {
    return handleDomainError(error, formData);
  }
}
