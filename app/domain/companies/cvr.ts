const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Modulus-11 check of a Danish CVR number: 8 digits whose weighted sum is divisible by 11. */
export function isValidCvr(cvr: string): boolean {
  if (!/^\d{8}$/.test(cvr)) return false;
  if (cvr.startsWith("0")) return false;
  const sum = [...cvr].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i]!, 0);
  return sum % 11 === 0;
}

/** Strips the spaces and dashes people type ("12 34 56 78"). */
export function normaliseDigits(value: string): string {
  return value.replace(/[\s-]/g, "");
}
