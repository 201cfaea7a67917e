import type { Catalogue } from "../message";

/** Candidates' personal data: retention, access requests and erasure. Danish is the source of truth. */
export const da = {
  "nav.privacy": "Persondata",
  "title.privacy": "Persondata og sletning",
  "title.personalData": "Persondata for en kandidat",
  "auditEvent.candidate.data_exported": "Kandidatens persondata udleveret (indsigt)",
  "auditEvent.candidate.anonymised": "Kandidat anonymiseret",
  "error.candidate.anonymised": "Kandidaten er anonymiseret. Oplysningerne kan ikke ændres, og der kan ikke gives nyt samtykke",
  "error.erase.confirm": "Sæt flueben, når du har bekræftet borgerens anmodning om sletning",
  "privacy.lead":
    "Kandidaters persondata anonymiseres automatisk {months} måneder efter, at samtykket er trukket tilbage eller udløbet, eller et forløb er slut. Aldersgruppe, postnummerområde, målgruppe, timer og resultater bevares, så jobcenterets tal stadig passer. Det sker hver nat.",
  "privacy.upcomingHeading": "Anonymiseres inden for {days} dage",
  "privacy.noneUpcoming": "Ingen kandidater anonymiseres inden for de næste {days} dage.",
  "privacy.upcomingCount": { one: "{count} kandidat anonymiseres inden for perioden.", other: "{count} kandidater anonymiseres inden for perioden." },
  "privacy.anonymisedSoFar": { one: "{count} kandidat er anonymiseret indtil nu.", other: "{count} kandidater er anonymiseret indtil nu." },
  "privacy.col.candidate": "Kandidat",
  "privacy.col.responsible": "Ansvarlig",
  "privacy.col.reason": "Grund",
  "privacy.col.on": "Anonymiseres",
  "privacy.tonight": "i nat",
  "privacy.reason.withdrawn": "Samtykket er trukket tilbage",
  "privacy.reason.expired": "Samtykket er udløbet",
  "privacy.reason.noConsent": "Der er aldrig givet samtykke",
  "privacy.reason.placementEnded": "Forløbet er slut",
  "privacy.linkFromProfile": "Persondata: indsigt og sletning",
  "personalData.heading": "Persondata for {alias}",
  "personalData.anonymisedOn": "Oplysningerne blev anonymiseret {date}. Kun aldersgruppe, postnummerområde, målgruppe, timer og forløbenes resultater er gemt.",
  "personalData.accessHeading": "Indsigt",
  "personalData.accessText":
    "Når borgeren beder om indsigt i sine oplysninger, kan du hente alt, hvad Fodfæste har om borgeren, i én fil: profilen, samtykker, forslag med det, der er skrevet, og hvem der har set profilen. Udleveringen bliver skrevet i revisionsloggen.",
  "personalData.download": "Hent alle oplysninger (JSON-fil)",
  "personalData.eraseHeading": "Sletning",
  "personalData.eraseText":
    "Når borgeren beder om at blive slettet, bliver samtykket trukket tilbage med det samme, åbne forslag trækkes tilbage (virksomheden får kun at vide, at kandidaten ikke længere er til rådighed), og alle oplysninger, der kan pege på borgeren, bliver fjernet. Det kan ikke fortrydes.",
  "personalData.eraseConfirm": "Jeg har bekræftet, at borgeren har bedt om at blive slettet",
  "personalData.eraseButton": "Anonymisér kandidaten nu",
  "personalData.erased": "Kandidaten er anonymiseret.",
  "personalData.onlyAdmin": "Kun jobcenterets administrator kan slette en kandidat. Kontakt {admins}.",
} satisfies Catalogue;
