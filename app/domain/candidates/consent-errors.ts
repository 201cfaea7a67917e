import type { MessageKey } from "~/i18n/catalogue";
import { RULES } from "../rules/rules";
import { addMonths } from "./consent";
import type { ConsentInput } from "./schema";

/*
 * Apart from consent.ts, whose date helpers and coverage the placement, follow-up and start
 * pages' queries use: a page is sent the messages of every module it imports (decisions 043,
 * 050), and these reach only the pages whose actions record a consent.
 */

/**
 * The rules of a new consent, each with its own message: given today or earlier, not
 * already over, at most 12 months, and `only these companies` names at least one.
 */
export function consentRuleErrors(input: ConsentInput, today: string): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  if (input.givenOn > today) errors.givenOn = "error.consent.givenInFuture";
  if (input.expiresOn < today) errors.expiresOn = "error.consent.alreadyExpired";
  else if (input.expiresOn <= input.givenOn) errors.expiresOn = "error.consent.expiresBeforeGiven";
  else if (input.expiresOn > addMonths(input.givenOn, RULES.consent.maxMonths)) errors.expiresOn = "error.consent.tooLong";
  if (input.scope === "listed" && input.companyIds.length === 0) errors.companyIds = "error.consent.companies";
  return errors;
}
