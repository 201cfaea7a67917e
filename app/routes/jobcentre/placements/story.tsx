import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { JOBCENTRE_STAFF, requireRole } from "~/auth/guards.server";
import { pageMeta } from "~/components/page-meta";
import { StoryPage } from "~/components/story-page";
import { publishStory, writeStory } from "~/domain/placements/story-commands.server";
import { storyForm } from "~/domain/placements/story-queries.server";
import { storyInput } from "~/domain/placements/story-schema";
import { readFormData } from "~/http/body-limit.server";
import { formError, handleDomainError, invalidForm, orHttpError, parseForm } from "~/http/forms.server";
import { idParam } from "~/http/params";

export const meta = pageMeta("title.placementStory");

/** The jobcentre's staff write up an ended placement: a learning case or a citizen story. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  return orHttpError(() => storyForm(ctx, idParam(args.params, "placementId")));
}

export async function action(args: ActionFunctionArgs) {
  const ctx = requireRole(args, JOBCENTRE_STAFF);
  const placementId = idParam(args.params, "placementId");
  orHttpError(() => storyForm(ctx, placementId));
  const formData = await readFormData(args.request);
  try {
    if (formData.get("intent") === "publish") {
      const storyId = z.coerce.number().int().positive().safeParse(formData.get("storyId"));
      if (!storyId.success) return formError(formData, "_form", "error.invalid");
      publishStory(ctx, { storyId: storyId.data });
      return redirect(`/jobcentre/placements/${placementId}/story?done=published`);
    }
    const parsed = parseForm(storyInput, formData);
    if (!parsed.ok) return invalidForm(parsed);
    const { kind, title, consentOn, consentMethod, ...sections } = parsed.data;
    writeStory(ctx, { placementId, kind, title, consentOn, consentMethod, sections });
    return redirect(`/jobcentre/placements/${placementId}/story?done=written`);
  } catch (error) {
    return handleDomainError(error, formData);
  }
}

export default function JobcentrePlacementStory() {
  const [params] = useSearchParams();
  return <StoryPage view={useLoaderData<typeof loader>()} state={useActionData<typeof action>()} done={params.get("done")} />;
}
