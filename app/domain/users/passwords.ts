import { z } from "zod";
import { requiredText } from "../shared/fields";
import { MIN_PASSWORD_LENGTH } from "./password-length";

export { MIN_PASSWORD_LENGTH };

/**
 * Passwords of 12+ characters that still appear near the top of breach lists, plus the
 * obvious Danish ones. Compared case-insensitively.
 */
const COMMON_PASSWORDS = new Set([
  "123456789012",
  "1234567890123",
  "12345678910",
  "123123123123",
  "111111111111",
  "000000000000",
  "aaaaaaaaaaaa",
  "abcdefghijkl",
  "abcd12345678",
  "password1234",
  "password12345",
  "password123!",
  "passwordpassword",
  "qwertyuiopas",
  "qwertyuiop12",
  "qwerty123456",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "iloveyou1234",
  "letmein12345",
  "welcome12345",
  "administrator",
  "adminadmin12",
  "changeme1234",
  "sommerfugl12",
  "kodeord12345",
  "kodeordkodeord",
  "adgangskode1",
  "adgangskode12",
  "adgangskode123",
  "hemmelig1234",
  "velkommen123",
  "velkommen1234",
  "danmark12345",
  "danmark2026!",
  "sommer2026!!",
  "vinter2026!!",
  "fodfaeste123",
  "fodfæste1234",
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

export const newPasswordField = z
  .string({ required_error: "error.password.tooShort" })
  .min(MIN_PASSWORD_LENGTH, "error.password.tooShort")
  .max(256, "error.password.tooLong")
  .refine((p) => !isCommonPassword(p), "error.password.common");

export const emailField = z
  .string({ required_error: "error.email.format" })
  .trim()
  .toLowerCase()
  .max(254, "error.email.format")
  .email("error.email.format");

export const personNameField = requiredText({ message: "error.personName.required", min: 2, max: 120 });
