import { z } from "zod";
import { postcodeField } from "../companies/schema";
import { requiredText } from "../shared/fields";
import { danishPhoneField } from "../shared/phone";
import { emailField } from "../users/passwords";

/**
 * The jobcentre's contact card, shown to every company of the jobcentre: who to call,
 * where to write, where to go. All of it is needed for the card to be of use.
 */
export const contactCardInput = z.object({
  contactName: requiredText({ message: "error.contactName.required", min: 2, max: 120 }),
  contactPhone: danishPhoneField,
  contactEmail: emailField,
  address: requiredText({ message: "error.jobcentreAddress.required", min: 3, max: 200 }),
  postcode: postcodeField,
  city: requiredText({ message: "error.city.format", min: 2, max: 80 }),
});
export type ContactCardInput = z.infer<typeof contactCardInput>;

export interface ContactCard {
  jobcentreName: string;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
}
