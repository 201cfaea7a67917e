import type { Translation } from "../message";
import type { da } from "./da";

export const en: Translation<typeof da> = {
  "nav.privacy": "Personal data",
  "title.privacy": "Personal data and erasure",
  "title.personalData": "A candidate's personal data",
  "auditEvent.candidate.data_exported": "Candidate's personal data handed over (access request)",
  "auditEvent.candidate.anonymised": "Candidate anonymised",
  "error.candidate.anonymised": "The candidate has been anonymised. The details cannot be changed and no new consent can be recorded",
  "error.erase.confirm": "Tick the box once you have confirmed the citizen's request to be erased",
  "privacy.lead":
    "Candidates' personal data is anonymised automatically {months} months after their consent was withdrawn or expired, or a placement ended. Age band, postcode area, target group, hours and outcomes are kept, so the jobcentre's figures stay true. This happens every night.",
  "privacy.upcomingHeading": "Anonymised within {days} days",
  "privacy.noneUpcoming": "No candidates will be anonymised in the next {days} days.",
  "privacy.upcomingCount": { one: "{count} candidate will be anonymised in this period.", other: "{count} candidates will be anonymised in this period." },
  "privacy.anonymisedSoFar": { one: "{count} candidate has been anonymised so far.", other: "{count} candidates have been anonymised so far." },
  "privacy.col.candidate": "Candidate",
  "privacy.col.responsible": "Responsible",
  "privacy.col.reason": "Reason",
  "privacy.col.on": "Anonymised on",
  "privacy.tonight": "tonight",
  "privacy.reason.withdrawn": "Consent withdrawn",
  "privacy.reason.expired": "Consent expired",
  "privacy.reason.noConsent": "Consent was never given",
  "privacy.reason.placementEnded": "The placement has ended",
  "privacy.linkFromProfile": "Personal data: access and erasure",
  "personalData.heading": "Personal data for {alias}",
  "personalData.anonymisedOn": "The details were anonymised on {date}. Only the age band, postcode area, target group, hours and the placements' outcomes are kept.",
  "personalData.accessHeading": "Access",
  "personalData.accessText":
    "When the citizen asks to see their data, you can download everything Fodfæste holds about them in one file: the profile, consents, proposals with what was written, and who has seen the profile. Handing it over is written to the audit log.",
  "personalData.download": "Download all details (JSON file)",
  "personalData.eraseHeading": "Erasure",
  "personalData.eraseText":
    "When the citizen asks to be erased, their consent is withdrawn at once, open proposals are withdrawn (the company is told only that the candidate is no longer available), and everything that could point to the citizen is removed. This cannot be undone.",
  "personalData.eraseConfirm": "I have confirmed that the citizen asked to be erased",
  "personalData.eraseButton": "Anonymise the candidate now",
  "personalData.erased": "The candidate has been anonymised.",
  "personalData.onlyAdmin": "Only the jobcentre's administrator can erase a candidate. Contact {admins}.",
};
