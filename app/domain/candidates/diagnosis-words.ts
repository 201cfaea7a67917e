/**
 * Diagnosis words that must not be written in a candidate profile or anything shown with
 * it. Kept as data so the jobcentre's DPO can extend it without touching the guard.
 * `word`: the whole word only; `prefix`: any word that starts with it (bøjninger, sammensætninger).
 */
export const DIAGNOSIS_WORDS: readonly { term: string; match: "word" | "prefix" }[] = [
  { term: "depression", match: "prefix" },
  { term: "depressiv", match: "prefix" },
  { term: "angst", match: "prefix" },
  { term: "socialangst", match: "prefix" },
  { term: "panikangst", match: "prefix" },
  { term: "adhd", match: "word" },
  { term: "add", match: "word" },
  { term: "autisme", match: "prefix" },
  { term: "autist", match: "prefix" },
  { term: "asperger", match: "prefix" },
  { term: "ptsd", match: "word" },
  { term: "ptss", match: "word" },
  { term: "skizofreni", match: "prefix" },
  { term: "skizofren", match: "prefix" },
  { term: "bipolar", match: "prefix" },
  { term: "ocd", match: "word" },
  { term: "borderline", match: "prefix" },
  { term: "personlighedsforstyrrelse", match: "prefix" },
  { term: "spiseforstyrrelse", match: "prefix" },
  { term: "anoreksi", match: "prefix" },
  { term: "bulimi", match: "prefix" },
  { term: "psykose", match: "prefix" },
  { term: "psykotisk", match: "prefix" },
  { term: "demens", match: "prefix" },
  { term: "epilepsi", match: "prefix" },
  { term: "sklerose", match: "prefix" },
  { term: "hjerneskade", match: "prefix" },
  { term: "tourette", match: "prefix" },
  { term: "alkoholisme", match: "prefix" },
  { term: "alkoholiker", match: "prefix" },
  { term: "misbruger", match: "prefix" },
];
