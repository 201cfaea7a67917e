import { z } from "zod";
import { RULES } from "../rules/rules";
import { kroner } from "../shared/fields";

/*
 * The wage cost's form apart from the start form's rules (decision 058): the placement pages
 * change the wage cost and import this; the start form's errors (goals, dates, hours, the
 * slot's plan) in schema.ts are not theirs to show, and the build's scan (decision 043) sends a
 * page the messages of every module it imports.
 */

/** Løntilskud's total monthly wage cost in kroner, within the portal's bounds (rules.ts). */
export const WAGE_COST_BOUNDS = { min: RULES.placements.monthlyWageCostMin, max: RULES.placements.monthlyWageCostMax } as const;

/** Changing a løntilskud's monthly wage cost on the placement's page (HR or the jobcentre). */
export const wageCostInput = z.object({
  version: z.coerce.number({ invalid_type_error: "error.placement.wageCostConflict" }).int("error.placement.wageCostConflict").positive("error.placement.wageCostConflict"),
  monthlyWageCost: kroner("error.placement.wageCost", WAGE_COST_BOUNDS),
});
