/** Industries and company statuses. Pure data, free of zod: components import these, `schema.ts` validates with them. */
export const INDUSTRIES = [
  "bakery_food",
  "retail",
  "warehouse_logistics",
  "manufacturing",
  "cleaning_facility",
  "elderly_care",
  "childcare",
  "office_admin",
  "hotel_restaurant",
  "construction",
  "agriculture_green",
  "transport",
  "health_social",
  "it_communication",
  "other",
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const COMPANY_STATUSES = ["pending", "verified", "rejected"] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];
