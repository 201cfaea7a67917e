/** The demo world: who exists and what they may log in with. Used by the seed and the server. */
export const DEMO_PASSWORD = "Demo-adgang-2026";

export const DEMO_JOBCENTRES = [
  { key: "kbh", name: "Jobcenter København", municipality: "København" },
  { key: "aarhus", name: "Jobcenter Aarhus", municipality: "Aarhus" },
  { key: "odense", name: "Jobcenter Odense", municipality: "Odense" },
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
  { email: "hr@demo.test", name: "Hanne Holm", role: "company_admin", company: "31245672", note: "HR, Bageriet Hansen ApS" },
  { email: "mentor@demo.test", name: "Mads Mikkelsen", role: "mentor", company: "31245672", note: "mentor, Bageriet Hansen ApS" },
  { email: "konsulent@demo.test", name: "Karin Kristensen", role: "consultant", jobcentre: "kbh", note: "virksomhedskonsulent, Jobcenter København" },
  { email: "admin@demo.test", name: "Anders Andersen", role: "jobcentre_admin", jobcentre: "kbh", note: "jobcenteradministrator, Jobcenter København" },
  { email: "hr2@demo.test", name: "Henrik Hviid", role: "company_admin", company: "34561206", note: "HR, Nordlager Logistik A/S (Jobcenter Aarhus)" },
  { email: "konsulent2@demo.test", name: "Kasper Krogh", role: "consultant", jobcentre: "aarhus", note: "virksomhedskonsulent, Jobcenter Aarhus" },
  { email: "hr3@demo.test", name: "Helle Hjort", role: "company_admin", company: "29876541", note: "HR, Amager Dagligvarer A/S" },
  { email: "cafe@demo.test", name: "Camilla Carlsen", role: "company_admin", company: "38901230", note: "HR, Café Morgenstund (afventer godkendelse)" },
  { email: "hr-aarhus@demo.test", name: "Oliver Olsen", role: "company_admin", company: "37654329", note: "HR, Omsorg Plus ApS" },
  { email: "hr-odense@demo.test", name: "Kirsten Klit", role: "company_admin", company: "40123458", note: "HR, Hotel Klitgården" },
  { email: "hr-gron@demo.test", name: "Gustav Grøn", role: "company_admin", company: "25432193", note: "HR, Grøn Have og Park ApS" },
] as const;
