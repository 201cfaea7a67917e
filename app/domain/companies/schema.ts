import { z } from "zod";
import { danishDecimal, requiredText } from "../shared/fields";
import type { TextLimit } from "../shared/text-limits";
import { isValidCvr, normaliseDigits } from "./cvr";
import { INDUSTRIES } from "./vocabulary";

export * from "./vocabulary";

const text = (min: number, max: TextLimit, message: string, multiline = false) => requiredText({ min, max, message, multiline });

export const cvrField = z
  .string({ required_error: "error.cvr.format" })
  .transform(normaliseDigits)
  .pipe(
    z
      .string()
      .regex(/^\d{8}$/, "error.cvr.format")
      .refine(isValidCvr, "error.cvr.checksum"),
  );

export const pNumberField = z
  .string({ required_error: "error.pNumber.format" })
  .transform(normaliseDigits)
  .pipe(z.string().regex(/^\d{10}$/, "error.pNumber.format"));

export const postcodeField = z
  .string({ required_error: "error.postcode.format" })
  .trim()
  .regex(/^[1-9]\d{3}$/, "error.postcode.format");

/** Accepts Danish decimal commas ("12,5") as well as points. */
export const fteField = danishDecimal("error.fte.format", { maxIntegerDigits: 5 }).pipe(
  z.number().min(0.5, "error.fte.range").max(99999, "error.fte.range"),
);

export const workplaceInput = z.object({
  pNumber: pNumberField,
  name: text(2, 120, "error.workplaceName.required"),
  address: text(3, 200, "error.address.required"),
  postcode: postcodeField,
  city: text(2, 80, "error.city.format"),
  ordinaryFte: fteField,
});
export type WorkplaceInput = z.infer<typeof workplaceInput>;

export const companyProfileInput = z.object({
  name: text(2, 160, "error.companyName.required"),
  industry: z.enum(INDUSTRIES, { errorMap: () => ({ message: "error.industry.required" }) }),
});
export type CompanyProfileInput = z.infer<typeof companyProfileInput>;

export const rejectionInput = z.object({
  reason: text(10, 1000, "error.rejectionReason.required", true),
});
