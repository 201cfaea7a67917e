import type { Catalogue } from "../message";

/** The public pages: home and the accessibility statement. Danish is the source of truth. */
export const da = {
  "home.title": "Giv flere et fodfæste på arbejdsmarkedet",
  "home.lead": "Fodfæste er virksomhedernes indgang til at tilbyde praktik og små job til personer på kanten af arbejdsmarkedet – i tæt samarbejde med jobcentret.",
  "home.point1": "Find de opgaver, der tager tid fra jeres faglærte medarbejdere, og som en ny kollega kan overtage.",
  "home.point2": "Opret praktikpladser, som jobcentret gennemgår og deler med alle sine konsulenter.",
  "home.point3": "Se de kandidater, jobcentret foreslår, og følg forløbet som mentor.",
  "home.signup": "Opret virksomhed",
  "a11y.title": "Tilgængelighedserklæring",
  "a11y.lead": "Fodfæste skal kunne bruges af alle. Denne erklæring beskriver, hvordan løsningen lever op til lov om tilgængelighed af offentlige organers websteder og mobilapplikationer.",
  "a11y.complianceHeading": "Overholdelse",
  "a11y.compliance": "Løsningen er bygget til at overholde WCAG 2.1 på niveau AA. Den bygger på Det Fælles Designsystem, som bruges af Virk og borger.dk.",
  "a11y.howHeading": "Sådan sikrer vi tilgængeligheden",
  "a11y.how1": "Alle sider testes automatisk for tilgængelighedsfejl, hver gang løsningen ændres.",
  "a11y.how2": "Alle funktioner kan bruges med tastatur, og fokus er altid synligt.",
  "a11y.how3": "Fejl i formularer vises ved feltet og samles i en oversigt øverst med links til felterne.",
  "a11y.how4": "Formularerne virker også uden JavaScript.",
  "a11y.knownHeading": "Kendte begrænsninger",
  "a11y.known": "Vi kender ikke til indhold, der ikke er tilgængeligt. Finder du noget, vil vi gerne høre fra dig.",
  "a11y.feedbackHeading": "Giv os besked",
  "a11y.feedback": "Oplever du problemer med tilgængeligheden, så kontakt dit jobcenter. Vi svarer inden for 10 arbejdsdage.",
  "a11y.enforcementHeading": "Klage",
  "a11y.enforcement": "Er du utilfreds med vores svar, kan du klage til Digitaliseringsstyrelsen.",
  "a11y.enforcementLink": "Læs om webtilgængelighed hos Digitaliseringsstyrelsen",
  "a11y.updated": "Erklæringen er senest opdateret {date}.",
  "title.accessibility": "Tilgængelighedserklæring",
} as const satisfies Catalogue;
