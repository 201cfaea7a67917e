import type { MessageKey } from "~/i18n/catalogue";
import type { SlotKind } from "../slots/vocabulary";
import { RULES } from "../rules/rules";

/**
 * Løntilskud's total monthly wage cost: what the company pays the person a month, which the
 * national agreement system asks for (docs/decisions/034). Only a løntilskud is paid by the
 * company with a subsidy; praktik is unpaid and fleksjob and småjob are ordinary employment
 * outside the subsidy agreement, so the amount belongs to løntilskud alone. Pure.
 */
export function wageCostError(kind: SlotKind, amount: number | null): MessageKey | null {
  const P = RULES.placements;
  if (kind !== "loentilskud") return amount === null ? null : "error.placement.wageCostNotWageSubsidy";
  if (amount === null) return "error.placement.wageCostRequired";
  if (!Number.isFinite(amount) || amount < P.monthlyWageCostMin || amount > P.monthlyWageCostMax || Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) return "error.placement.wageCost";
  return null;
}

// Apart from the wage cost's errors (decision 058): the placement list reads `fromOre`.
export { fromOre, toOre } from "./ore";
