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
    /** Not law but the portal's service level: unanswered this many Danish working days, HR and the jobcentre are reminded (issue 9.10). */
    reminderWorkingDays: 5,
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
  /**
   * Target groups (målgrupper). The 2025 employment reform (in force through 2026) closes
   * ressourceforløb and revalidering to new cases: existing cases only.
   */
  targetGroups: [
    { key: "kontanthjaelp_jobparat", existingCasesOnly: false },
    { key: "kontanthjaelp_aktivitetsparat", existingCasesOnly: false },
    { key: "uddannelseshjaelp", existingCasesOnly: false },
    { key: "selvforsoergelse_hjemrejse", existingCasesOnly: false },
    { key: "sygedagpenge", existingCasesOnly: false },
    { key: "jobafklaring", existingCasesOnly: false },
    { key: "ressourceforloeb", existingCasesOnly: true },
    { key: "revalidering", existingCasesOnly: true },
    { key: "ledighedsydelse", existingCasesOnly: false },
    { key: "foertidspension", existingCasesOnly: false },
    { key: "dagpenge", existingCasesOnly: false },
  ],
  /** Databeskyttelsesforordningen art. 6-7: consent is specific, time-limited and revocable. */
  consent: {
    defaultMonths: 6,
    maxMonths: 12,
    /** Consents ending within this many days are listed for the consultant. */
    expiringSoonDays: 14,
  },
  proposals: {
    /** A proposal unanswered this many Danish working days is flagged for HR and the consultant. */
    unansweredWorkingDays: 5,
    motivationMinLength: 10,
  },
  /**
   * How much each factor of the explainable fit counts when candidates and slots are
   * ordered. Never shown as a number: the consultant reads the lines and decides.
   * "fits" adds the weight, "to clarify" nothing, "does not fit" subtracts it.
   */
  fitWeights: {
    hoursNow: 3,
    goalHours: 1,
    days: 2,
    demands: 3,
    adaptations: 2,
    language: 2,
    industry: 1,
    taskKinds: 1,
    distance: 2,
    mentor: 2,
  },
} as const;
