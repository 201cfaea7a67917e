/** The demo world: who exists and what they may log in with. Used by the seed and the server. */
export const DEMO_PASSWORD = "Demo-adgang-2026";

export const DEMO_JOBCENTRES = [
  {
    key: "kbh",
    name: "Jobcenter København",
    municipality: "København",
    contact: { contactName: "Virksomhedsservice København", contactPhone: "33 66 33 66", contactEmail: "virksomhed@jobcenter-kbh.demo.test", address: "Kalvebod Brygge 45", postcode: "1560", city: "København V" },
  },
  {
    key: "aarhus",
    name: "Jobcenter Aarhus",
    municipality: "Aarhus",
    contact: null,
  },
  { key: "odense", name: "Jobcenter Odense", municipality: "Odense", contact: null },
] as const;

type JobcentreKey = (typeof DEMO_JOBCENTRES)[number]["key"];

export interface DemoCompany {
  cvr: string;
  name: string;
  industry: string;
  jobcentre: JobcentreKey;
  status: "verified" | "pending";
  workplaces: { pNumber: string; name: string; address: string; postcode: string; city: string; ordinaryFte: number }[];
}

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    cvr: "31245672",
    name: "Bageriet Hansen ApS",
    industry: "bakery_food",
    jobcentre: "kbh",
    status: "verified",
    workplaces: [
      { pNumber: "1012345678", name: "Butikken på Nørrebrogade", address: "Nørrebrogade 52", postcode: "2200", city: "København N", ordinaryFte: 9 },
      { pNumber: "1012345679", name: "Bageriet i Valby", address: "Gammel Køge Landevej 110", postcode: "2500", city: "Valby", ordinaryFte: 23.5 },
    ],
  },
  {
    cvr: "29876541",
    name: "Amager Dagligvarer A/S",
    industry: "retail",
    jobcentre: "kbh",
    status: "verified",
    workplaces: [
      { pNumber: "1023456789", name: "Supermarkedet Amagerbrogade", address: "Amagerbrogade 180", postcode: "2300", city: "København S", ordinaryFte: 31 },
    ],
  },
  {
    cvr: "34561206",
    name: "Nordlager Logistik A/S",
    industry: "warehouse_logistics",
    jobcentre: "aarhus",
    status: "verified",
    workplaces: [
      { pNumber: "1034567890", name: "Centrallageret Skejby", address: "Olof Palmes Allé 40", postcode: "8200", city: "Aarhus N", ordinaryFte: 64 },
    ],
  },
  {
    cvr: "37654329",
    name: "Omsorg Plus ApS",
    industry: "elderly_care",
    jobcentre: "aarhus",
    status: "verified",
    workplaces: [
      { pNumber: "1045678901", name: "Plejehjemmet Solgården", address: "Viborgvej 77", postcode: "8210", city: "Aarhus V", ordinaryFte: 42 },
    ],
  },
  {
    cvr: "40123458",
    name: "Hotel Klitgården",
    industry: "hotel_restaurant",
    jobcentre: "odense",
    status: "verified",
    workplaces: [
      { pNumber: "1056789012", name: "Hotel og restaurant", address: "Klostervej 12", postcode: "5000", city: "Odense C", ordinaryFte: 18 },
    ],
  },
  {
    cvr: "25432193",
    name: "Grøn Have og Park ApS",
    industry: "agriculture_green",
    jobcentre: "odense",
    status: "verified",
    workplaces: [
      { pNumber: "1067890123", name: "Gartneriet Tarup", address: "Tarupvej 101", postcode: "5210", city: "Odense NV", ordinaryFte: 7.5 },
    ],
  },
  {
    cvr: "38901230",
    name: "Café Morgenstund",
    industry: "hotel_restaurant",
    jobcentre: "kbh",
    status: "pending",
    workplaces: [
      { pNumber: "1078901234", name: "Caféen", address: "Vesterbrogade 88", postcode: "1620", city: "København V", ordinaryFte: 6 },
    ],
  },
];

export const DEMO_USERS = [
  { email: "hr@demo.test", phone: "33 12 45 67", name: "Hanne Holm", role: "company_admin", company: "31245672", note: "HR, Bageriet Hansen ApS" },
  { email: "mentor@demo.test", name: "Mads Mikkelsen", role: "mentor", company: "31245672", note: "mentor, Bageriet Hansen ApS" },
  { email: "konsulent@demo.test", name: "Karin Kristensen", role: "consultant", jobcentre: "kbh", note: "virksomhedskonsulent, Jobcenter København" },
  { email: "admin@demo.test", name: "Anders Andersen", role: "jobcentre_admin", jobcentre: "kbh", note: "jobcenteradministrator, Jobcenter København" },
  { email: "hr2@demo.test", phone: "86 20 11 22", name: "Henrik Hviid", role: "company_admin", company: "34561206", note: "HR, Nordlager Logistik A/S (Jobcenter Aarhus)" },
  { email: "konsulent2@demo.test", name: "Kasper Krogh", role: "consultant", jobcentre: "aarhus", note: "virksomhedskonsulent, Jobcenter Aarhus" },
  { email: "konsulent3@demo.test", name: "Olivia Odgaard", role: "consultant", jobcentre: "odense", note: "virksomhedskonsulent, Jobcenter Odense" },
  { email: "admin2@demo.test", name: "Bodil Bech", role: "jobcentre_admin", jobcentre: "aarhus", note: "jobcenteradministrator, Jobcenter Aarhus" },
  { email: "admin3@demo.test", name: "Ditte Dahl", role: "jobcentre_admin", jobcentre: "odense", note: "jobcenteradministrator, Jobcenter Odense" },
  { email: "hr3@demo.test", phone: "32 55 10 20", name: "Helle Hjort", role: "company_admin", company: "29876541", note: "HR, Amager Dagligvarer A/S" },
  { email: "cafe@demo.test", phone: "40 11 22 33", name: "Camilla Carlsen", role: "company_admin", company: "38901230", note: "HR, Café Morgenstund (afventer godkendelse)" },
  { email: "hr-aarhus@demo.test", phone: "87 30 40 50", name: "Oliver Olsen", role: "company_admin", company: "37654329", note: "HR, Omsorg Plus ApS" },
  { email: "hr-odense@demo.test", phone: "66 14 15 16", name: "Kirsten Klit", role: "company_admin", company: "40123458", note: "HR, Hotel Klitgården" },
  { email: "hr-gron@demo.test", phone: "51 23 45 67", name: "Gustav Grøn", role: "company_admin", company: "25432193", note: "HR, Grøn Have og Park ApS" },
] as const;

/** Demo slots: open ones on every board, one awaiting review, one with changes requested. */
export interface DemoSlot {
  company: string;
  pNumber: string;
  kind: "praktik" | "loentilskud" | "fleksjob" | "smaajob";
  title: string;
  purposeKind: "paid_hours" | "skills" | "job_goal";
  purpose: string;
  startInDays: number;
  startHours: number;
  targetHours: number;
  seats: number;
  outcome: "open" | "submitted" | "changes_requested";
  comment?: string;
  wishes: string;
}

export const DEMO_SLOTS: DemoSlot[] = [
  {
    company: "31245672",
    pNumber: "1012345678",
    kind: "praktik",
    title: "Praktik i butik og pakkeri",
    purposeKind: "job_goal",
    purpose: "En rolig start med faste morgenopgaver: klargøring af disken og pakning af brød til levering.",
    startInDays: 21,
    startHours: 10,
    targetHours: 20,
    seats: 1,
    outcome: "open",
    wishes: "En, der kan lide faste rutiner og at møde tidligt.",
  },
  {
    company: "31245672",
    pNumber: "1012345679",
    kind: "praktik",
    title: "Opvask og klargøring i bageriet",
    purposeKind: "skills",
    purpose: "Aflaster bagerne for opvask og afvejning, så de kan bage. Gradvis optrapning af timer.",
    startInDays: 30,
    startHours: 8,
    targetHours: 15,
    seats: 1,
    outcome: "submitted",
    wishes: "Ingen krav om erfaring. Det er en fordel at kunne stå op i længere tid.",
  },
  {
    company: "29876541",
    pNumber: "1023456789",
    kind: "loentilskud",
    title: "Varepåfyldning om morgenen",
    purposeKind: "paid_hours",
    purpose: "Fylde frugt, grønt og mejerivarer op før åbning, så butiksassistenterne kan tage sig af kunderne.",
    startInDays: 14,
    startHours: 15,
    targetHours: 25,
    seats: 1,
    outcome: "open",
    wishes: "En, der kan arbejde selvstændigt efter en fast plan.",
  },
  {
    company: "34561206",
    pNumber: "1034567890",
    kind: "praktik",
    title: "Lagerpraktik med faste rutiner",
    purposeKind: "job_goal",
    purpose: "Sortering og etikettering i et roligt hjørne af lageret med en fast mentor.",
    startInDays: 18,
    startHours: 10,
    targetHours: 20,
    seats: 2,
    outcome: "open",
    wishes: "Gerne en, der har lyst til at lære truckcertifikat på sigt.",
  },
  {
    company: "37654329",
    pNumber: "1045678901",
    kind: "praktik",
    title: "Praktik i køkken og vaskeri",
    purposeKind: "skills",
    purpose: "Hjælp i køkkenet og vaskeriet, så plejepersonalet får mere tid hos beboerne.",
    startInDays: 25,
    startHours: 12,
    targetHours: 20,
    seats: 1,
    outcome: "submitted",
    wishes: "En, der er tryg ved ældre mennesker og kan lide praktisk arbejde.",
  },
  {
    company: "40123458",
    pNumber: "1056789012",
    kind: "smaajob",
    title: "Små timer i opvasken",
    purposeKind: "paid_hours",
    purpose: "Et par lønnede timer om ugen i opvasken i weekenderne.",
    startInDays: 10,
    startHours: 6,
    targetHours: 10,
    seats: 1,
    outcome: "open",
    wishes: "Weekendarbejde passer godt til en, der går i behandling i hverdagene.",
  },
  {
    company: "25432193",
    pNumber: "1067890123",
    kind: "praktik",
    title: "Praktik i gartneriet",
    purposeKind: "skills",
    purpose: "Udplantning, vanding og pakning af planter i væksthuset.",
    startInDays: 35,
    startHours: 10,
    targetHours: 25,
    seats: 1,
    outcome: "changes_requested",
    comment: "Skriv gerne mere om, hvilke opgaver personen starter med, og om der er et sted at sidde ned.",
    wishes: "En, der kan lide at arbejde udendørs.",
  },
  // For the candidates area: open slots at Bageriet Hansen (Valby) and Amager Dagligvarer to
  // propose to. The first two are kept free for the e2e journey (one per browser project).
  {
    company: "31245672",
    pNumber: "1012345679",
    kind: "praktik",
    title: "Morgenpakning af brød",
    purposeKind: "job_goal",
    purpose: "Pakke morgenbrød til cafékunder efter en fast liste, så bagerne kan blive ved ovnene.",
    startInDays: 20,
    startHours: 8,
    targetHours: 15,
    seats: 1,
    outcome: "open",
    wishes: "En, der kan lide at møde tidligt og arbejde efter en liste.",
  },
  {
    company: "31245672",
    pNumber: "1012345679",
    kind: "praktik",
    title: "Oprydning og opvask i bageriet",
    purposeKind: "skills",
    purpose: "Rydde op og vaske forme og plader efter bagningen, så bagerne kan starte næste hold.",
    startInDays: 22,
    startHours: 8,
    targetHours: 15,
    seats: 1,
    outcome: "open",
    wishes: "Ingen krav om erfaring.",
  },
  {
    company: "31245672",
    pNumber: "1012345679",
    kind: "praktik",
    title: "Eftermiddagsopvask og afvejning",
    purposeKind: "job_goal",
    purpose: "Opvask og afvejning af råvarer til næste dag, i et roligt hjørne af bageriet.",
    startInDays: 28,
    startHours: 10,
    targetHours: 20,
    seats: 2,
    outcome: "open",
    wishes: "En, der trives med faste rutiner.",
  },
  {
    company: "29876541",
    pNumber: "1023456789",
    kind: "praktik",
    title: "Pakning af netordrer",
    purposeKind: "paid_hours",
    purpose: "Plukke og pakke netordrer efter en fast liste, så butiksassistenterne kan passe kunderne.",
    startInDays: 16,
    startHours: 10,
    targetHours: 20,
    seats: 2,
    outcome: "open",
    wishes: "En, der kan lide orden og overblik.",
  },
];
