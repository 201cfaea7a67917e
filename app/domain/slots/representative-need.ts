import { RULES } from "../rules/rules";

/**
 * A workplace with people besides the owner needs its employee representative to confirm a
 * slot. Pure, apart from the slot commands: the lists ask it for every row, and the commands'
 * module reaches the messages of several areas that a list never shows (decision 053).
 */
export function needsRepresentative(fte: number): boolean {
  return fte > RULES.representative.singleEmployeeFte;
}
