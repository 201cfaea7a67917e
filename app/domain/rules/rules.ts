/**
 * Rules that change with legislation live here, as data, and nowhere else. Each entry names
 * its source and the date it applies from in RULE_SOURCES below, so the next change of law
 * is one edit and nobody mistakes the portal's own choices for law.
 */
export const RULES = {
  /** Rimelighedskravet: how many in praktik and løntilskud a workplace may have. */
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
  },
  /**
   * Normal working hours: a slot's usual times must fall inside these. Early enough for a
   * bakery's or a cleaning round's morning shift (issue 9.14); the form's message reads them here.
   */
  workingHours: {
    earliestStart: "04:00",
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
   * How long a placement may run, per kind and target group. Each entry says the day it
   * applies from and where it comes from, so a change of law is a new entry, not an edit.
   * Virksomhedspraktik: 4 weeks for the job-ready groups (8 for a job-ready person without
   * work experience), 13 for the groups this portal serves most; after a recorded
   * assessment up to 26 weeks, then 13 weeks at a time where there is a very special need.
   * Løntilskud: at most 6 months with a private employer, 4 with a public one.
   * The sources must be checked by the jobcentre's legal team at each change of law.
   */
  placementDuration: {
    praktik: [
      {
        appliesFrom: "2020-01-01",
        source: "Lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7. maj 2019), § 182",
        jobReadyWeeks: 4,
        jobReadyWithoutExperienceWeeks: 8,
        defaultWeeks: 13,
        extendedAfterAssessmentWeeks: 26,
        specialNeedStepWeeks: 13,
        jobReadyGroups: ["kontanthjaelp_jobparat", "dagpenge", "selvforsoergelse_hjemrejse"],
      },
    ],
    loentilskud: [
      {
        appliesFrom: "2020-01-01",
        source: "Lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7. maj 2019), § 175",
        privateMonths: 6,
        publicMonths: 4,
      },
    ],
  },
  placements: {
    /** A placement may be registered this many days after it began (the paperwork lags). */
    startBackDays: 31,
    /** …and planned at most this far ahead. */
    startAheadDays: 365,
    goalMinLength: 5,
    goalMaxLength: 200,
    /**
     * Løntilskud: the total monthly wage cost in kroner (for the agreement summary). Bounds that
     * catch a slip of the keyboard (øre typed as kroner, a zero too many), not the law.
     */
    monthlyWageCostMin: 500,
    monthlyWageCostMax: 150_000,
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
  /** When a placement is flagged for attention (placements/flags.ts; docs/decisions/024). */
  placementFlags: {
    /** A follow-up not sent this many Danish working days after its day. */
    overdueWorkingDays: 3,
    /** The latest well-being at or below this (of 1–5). */
    lowWellBeing: 2,
    /** Days present under this share of days planned … */
    attendanceShare: 0.75,
    /** … summed over this many latest follow-ups. */
    attendanceFollowUps: 3,
    /** An approved adjustment this many working days old with no follow-up sent since it took effect. */
    adjustmentCheckWorkingDays: 10,
  },
} as const;

/** Where a rule comes from and the first day it applies. */
export interface RuleSource {
  /** `law`: an act, order or regulation; `portal`: Fodfæste's own choice, which may be changed freely. */
  kind: "law" | "portal";
  /** The act or order as a Danish caseworker would cite it, or the portal decision. */
  source: string;
  /** The first day the rule applies, YYYY-MM-DD. */
  appliesFrom: string;
}

/**
 * One source per entry of RULES: the type makes a new entry without a source a compile error.
 * Where an entry mixes law and the portal's choice (a link lifetime around a legal duty), the
 * text says which part is which.
 */
export const RULE_SOURCES = {
  reasonableness: {
    kind: "law",
    source:
      "Lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7. maj 2019), rimelighedskravet, og bekendtgørelse om en aktiv beskæftigelsesindsats. Ordinært ansatte tælles pr. P-nummer som fuldtidsstillinger uden ansatte med offentligt tilskud (fx fleksjob, seniorjob, voksenlærlinge), tidsbegrænset ansatte og projektansatte og unge under 18 år, hvis ansættelse ophører, når de fylder 18.",
    appliesFrom: "2020-01-01",
  },
  slots: {
    kind: "portal",
    source: "Fodfæste (PRODUCT.md): højst 37 timer om ugen inden for normal arbejdstid, 13 uger som udgangspunkt, højst 52 uger og 20 pladser pr. opslag.",
    appliesFrom: "2026-11-22",
  },
  workingHours: {
    kind: "portal",
    source:
      "Fodfæste: en praktikplads' sædvanlige mødetid og sluttid ligger mellem 04:00 og 20:00, så fx et bageri kan begynde tidligt. Ikke et lovkrav; arbejdsmiljølovens regler om hvileperiode og unges arbejde gælder altid.",
    appliesFrom: "2026-12-02",
  },
  representative: {
    kind: "law",
    source:
      "Lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7. maj 2019): medarbejderrepræsentanten bekræfter skriftligt, at betingelserne er opfyldt, før virksomhedspraktik eller løntilskud etableres. Linkets levetid på 14 dage er Fodfæstes valg.",
    appliesFrom: "2020-01-01",
  },
  placementDuration: {
    kind: "law",
    source:
      "Lov om en aktiv beskæftigelsesindsats (lov nr. 548 af 7. maj 2019): virksomhedspraktikkens varighed pr. målgruppe (§ 182) og løntilskuddets (§ 175); hver regel i tabellen nævner sin paragraf.",
    appliesFrom: "2020-01-01",
  },
  placements: {
    kind: "portal",
    source: "Fodfæste: et forløb kan registreres op til 31 dage efter start og planlægges op til et år frem; 1–3 mål på 5–200 tegn; lønomkostninger ved løntilskud mellem 500 og 150.000 kr. om måneden (en kontrol af tastefejl, ikke et lovkrav).",
    appliesFrom: "2026-12-02",
  },
  targetGroups: {
    kind: "law",
    source:
      "Lov om en aktiv beskæftigelsesindsats, målgrupper; beskæftigelsesreformen 2025 (i kraft i 2026) lukker ressourceforløb og revalidering for nye sager.",
    appliesFrom: "2026-01-01",
  },
  consent: {
    kind: "law",
    source: "Databeskyttelsesforordningen (EU) 2016/679, art. 6 og 7: samtykke er specifikt og kan trækkes tilbage. Varigheden (6 måneder, højst 12) er Fodfæstes valg.",
    appliesFrom: "2018-05-25",
  },
  proposals: {
    kind: "portal",
    source: "Fodfæste (PRODUCT.md): et forslag uden svar i 5 arbejdsdage markeres.",
    appliesFrom: "2026-11-24",
  },
  fitWeights: {
    kind: "portal",
    source: "Fodfæste: vægte i den forklarbare match mellem kandidat og praktikplads; vises aldrig som tal.",
    appliesFrom: "2026-11-24",
  },
  placementFlags: {
    kind: "portal",
    source:
      "Fodfæste (sag 12): et forløb markeres, når en opfølgning er 3 arbejdsdage forsinket, trivslen er 2 eller lavere eller er faldet to gange i træk, fremmødet er under 75 % af det planlagte over de seneste 3 opfølgninger, eller der ikke er sendt en opfølgning 10 arbejdsdage efter en godkendt justering.",
    appliesFrom: "2026-12-02",
  },
} as const satisfies Record<keyof typeof RULES, RuleSource>;
