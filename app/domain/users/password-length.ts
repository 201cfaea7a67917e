/** The shortest password accepted. Free of zod: the forms show it; `passwords.ts` enforces it. */
export const MIN_PASSWORD_LENGTH = 12;
