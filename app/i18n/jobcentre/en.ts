import type { Translation } from "../message";
import type { da } from "./da";

export const en: Translation<typeof da> = {
  "staff.title": "Jobcentre staff",
  "staff.lead": "Invite employer consultants and administrators. All consultants can see the jobcentre's companies and work placements.",
  "pending.title": "Companies awaiting approval",
  "pending.lead": "New companies that have chosen {jobcentre} as their jobcentre. The oldest is at the top.",
  "pending.none": "There are no companies waiting for approval.",
  "pending.count": {
    one: "{count} company is waiting for approval.",
    other: "{count} companies are waiting for approval.",
  },
  "companies.title": "The jobcentre's companies",
  "companies.search": "Search by name or CVR number",
  "companies.allStatuses": "All",
  "companies.count": { one: "{count} company", other: "{count} companies" },
  "verify.contacts": "Contacts",
  "verify.heading": "Approve or reject",
  "verify.lead": "Check that the company is listed in the CVR register and that the workplaces are correct. If in doubt, phone the contact.",
  "verify.verify": "Approve the company",
  "verify.rejectHeading": "Reject the company",
  "verify.reject": "Reject the company",
  "verify.done.verified": "The company has been approved.",
  "verify.done.rejected": "The company has been rejected. It can see the reason.",
  "title.companies": "Companies",
  "title.pending": "Companies awaiting verification",
  "title.company": "Company",
  "title.staff": "Staff",
};
