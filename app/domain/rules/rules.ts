/**
 * Rules that change with legislation live here, as data, and nowhere else. Each entry says
 * where it comes from so the next change of law is one edit.
 */
export const RULES = {
  /** Lov om en aktiv beskæftigelsesindsats, rimelighedskravet (§§ 48-49). */
  reasonableness: {
    /** One person in praktik/løntilskud per this many ordinary FTE, up to `threshold` FTE. */
    ftePerPerson: 5,
    threshold: 50,
    /** Above the threshold: one more per this many FTE. */
    ftePerPersonAbove: 10,
    /** Every workplace may have at least this many. */
    minimum: 1,
    /** Part-time people count as weekly hours / fullTimeHours. */
    fullTimeHours: 37,
    /** Only these kinds count towards the cap. */
    countedKinds: ["praktik", "loentilskud"] as const,
  },
  slots: {
    maxWeeklyHours: 37,
    minWeeklyHours: 1,
    defaultLengthWeeks: 13,
    maxLengthWeeks: 52,
    maxSeats: 20,
    /** Normal working hours: a slot's usual times must fall inside these. */
    earliestStart: "06:00",
    latestEnd: "20:00",
  },
  representative: {
    /** The confirmation link is valid this long. */
    linkLifetimeDays: 14,
    /** A workplace with at most this many ordinary FTE has no one to consult. */
    singleEmployeeFte: 1,
  },
  /**
   * Longest praktik per target group, in weeks, and the extension after an assessment.
   * Checked when a placement is created (later issue).
   */
  praktikDuration: {
    jobReady: 4,
    some: 8,
    default: 13,
    extendedAfterAssessment: 26,
  },
} as const;
