import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireRole } from "~/auth/guards.server";
import { companyWorkplaceMeter } from "~/domain/slots/queries.server";
import { SLOT_KINDS } from "~/domain/slots/vocabulary";
import { orHttpError } from "~/http/forms.server";

const query = z.object({
  workplaceId: z.coerce.number().int().positive(),
  kind: z.enum(SLOT_KINDS).catch("praktik"),
  seats: z.coerce.number().int().min(0).max(100).catch(0),
  startHours: z
    .string()
    .transform((v) => Number(v.replace(",", ".")))
    .pipe(z.number().min(0).max(37))
    .catch(0),
  targetHours: z
    .string()
    .transform((v) => Number(v.replace(",", ".")))
    .pipe(z.number().min(0).max(37))
    .optional()
    .catch(undefined),
  slotId: z.coerce.number().int().positive().optional().catch(undefined),
});

/** The live meter on the slot form: JSON for the workplace and the numbers typed so far. */
export function loader(args: LoaderFunctionArgs) {
  const ctx = requireRole(args, ["company_admin"]);
  const parsed = query.safeParse(Object.fromEntries(new URL(args.request.url).searchParams));
  if (!parsed.success) return { meter: null };
  const q = parsed.data;
  return {
    meter: orHttpError(() =>
      companyWorkplaceMeter(ctx, { workplaceId: q.workplaceId, slot: { kind: q.kind, seats: q.seats, weeklyHours: q.startHours, targetHours: q.targetHours }, excludeSlotId: q.slotId }),
    ),
  };
}
