import { z } from "zod";
import { normaliseDanishPhone } from "./phone-format";

/** Here, not in phone-format.ts: the pages that only show a number are not sent the form's message (decision 051). */
const PHONE_MESSAGE = "error.phone.format";

export * from "./phone-format";

/** A phone number that must be given. */
export const danishPhoneField = z
  .string({ required_error: PHONE_MESSAGE, invalid_type_error: PHONE_MESSAGE })
  .max(40, PHONE_MESSAGE)
  .transform((v, ctx) => {
    const digits = normaliseDanishPhone(v);
    if (!digits) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: PHONE_MESSAGE });
      return z.NEVER;
    }
    return digits;
  });

/** A phone number that may be left out ("" becomes null). */
export const optionalDanishPhoneField = z
  .string({ invalid_type_error: PHONE_MESSAGE })
  .optional()
  .transform((v) => v?.trim() ?? "")
  .pipe(z.union([z.literal("").transform(() => null), danishPhoneField]));
