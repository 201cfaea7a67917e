import type { Catalogue } from "../message";

/** The jobcentre's pages: companies to approve, companies, staff. Danish is the source of truth. */
export const da = {
  "staff.title": "Medarbejdere i jobcentret",
  "staff.lead": "Invitér virksomhedskonsulenter og administratorer. Alle konsulenter ser jobcentrets virksomheder og praktikpladser.",
  "pending.title": "Virksomheder til godkendelse",
  "pending.lead": "Nye virksomheder, der har valgt {jobcentre} som deres jobcenter. Den ældste står øverst.",
  "pending.none": "Der er ingen virksomheder, der venter på godkendelse.",
  "pending.count": { one: "{count} virksomhed venter på godkendelse.", other: "{count} virksomheder venter på godkendelse." },
  "companies.title": "Jobcentrets virksomheder",
  "companies.search": "Søg på navn eller CVR-nummer",
  "companies.allStatuses": "Alle",
  "companies.count": { one: "{count} virksomhed", other: "{count} virksomheder" },
  "verify.contacts": "Kontaktpersoner",
  "verify.heading": "Godkend eller afvis",
  "verify.lead": "Kontrollér, at virksomheden findes i CVR, og at arbejdsstederne passer. Ved tvivl: ring til kontaktpersonen.",
  "verify.verify": "Godkend virksomheden",
  "verify.rejectHeading": "Afvis virksomheden",
  "verify.reject": "Afvis virksomheden",
  "verify.done.verified": "Virksomheden er godkendt.",
  "verify.done.rejected": "Virksomheden er afvist. Den kan se begrundelsen.",
  "title.companies": "Virksomheder",
  "title.pending": "Virksomheder til godkendelse",
  "title.company": "Virksomhed",
  "title.staff": "Medarbejdere",
} as const satisfies Catalogue;
