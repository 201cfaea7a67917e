import { z } from "zod";
import { emailField, newPasswordField, personNameField } from "../users/passwords";
import { danishPhoneField } from "../shared/phone";
import { companyProfileInput, cvrField, workplaceInput } from "./schema";

/** Sign-up in one form: the company, its first workplace, and the HR person's account. */
export const signupInput = companyProfileInput.extend({
  cvr: cvrField,
  jobcentreId: z.coerce
    .number({ invalid_type_error: "error.jobcentre.required" })
    .int()
    .positive("error.jobcentre.required"),
  workplace: workplaceInput,
  contactName: personNameField,
  phone: danishPhoneField,
  email: emailField,
  password: newPasswordField,
});
export type SignupInput = z.infer<typeof signupInput>;

/** Flat form field names ("workplace.pNumber") to the nested input the schema expects. */
export function nestSignupForm(values: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  const workplace: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith("workplace.")) workplace[key.slice("workplace.".length)] = value;
    else nested[key] = value;
  }
  nested.workplace = workplace;
  return nested;
}
