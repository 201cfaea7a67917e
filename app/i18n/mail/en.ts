import type { Translation } from "../message";
import type { da } from "./da";

export const en: Translation<typeof da> = {
  "outbox.title": "Outbox (development and demo only)",
  "outbox.lead": "These are the emails Fodfæste would have sent. This page does not exist in production.",
  "outbox.empty": "There are no emails yet.",
  "outbox.to": "To",
  "mail.reset.subject": "Choose a new password for Fodfæste",
  "mail.reset.body":
    "Hello {name}\n\nYou (or someone else) asked to reset your password for Fodfæste. Choose a new password here:\n\n{link}\n\nThe link works for 1 hour and can be used once. If you did not ask for this, you can ignore this email.\n\nKind regards\nFodfæste",
  "mail.invite.subject": "You are invited to Fodfæste",
  "mail.invite.body":
    "Hello\n\n{inviter} has invited you to {organisation} on Fodfæste as {role}.\n\nCreate your account here:\n\n{link}\n\nThe link works for 7 days and can be used once.\n\nKind regards\nFodfæste",
  "mail.inviteMentor.subject": "You are invited to Fodfæste as a mentor",
  "mail.inviteMentor.body": "Hello {name}\n\n{inviter} has invited you to {organisation} on Fodfæste as a mentor.\n\nAs a mentor you welcome a new colleague who is on an internship or in supported employment through the jobcentre. You show them the tasks, are the person they can ask, and give the jobcentre short feedback: every week for the first 4 weeks, then every second week. It takes a few minutes. The jobcentre's consultant is there all along if anything needs adjusting.\n\nCreate your account here:\n\n{link}\n\nThe link works for 7 days and can be used once.\n\nKind regards\nFodfæste",
  "mail.rep.subject": "Confirm a placement in Fodfæste",
  "mail.rep.body": "Hello {name}\n\n{company} wants to create the placement \"{title}\" and asks you as employee representative to confirm that the conditions are met. You do not need an account.\n\nSee the placement and answer here:\n\n{link}\n\nThe link works for {days} days and can be used once.\n\nKind regards\nFodfæste",
  "mail.repConfirmed.subject": "The employee representative has confirmed a placement",
  "mail.repConfirmed.body": "Hello {name}\n\n{rep} has confirmed the placement \"{title}\". You can now send it to the jobcentre in Fodfæste.\n\nKind regards\nFodfæste",
  "mail.repDeclined.subject": "The employee representative has declined a placement",
  "mail.repDeclined.body": "Hello {name}\n\n{rep} has declined the placement \"{title}\" with this comment:\n\n{comment}\n\nChange the placement and send it again in Fodfæste.\n\nKind regards\nFodfæste",
  "mail.slotApproved.subject": "A placement is approved",
  "mail.slotApproved.body": "Hello {name}\n\nThe jobcentre has approved the placement \"{title}\". It is now on the jobcentre's board so every consultant can find a candidate.\n\nKind regards\nFodfæste",
  "mail.slotChanges.subject": "The jobcentre asks for changes to a placement",
  "mail.slotChanges.body": "Hello {name}\n\nThe jobcentre asks for changes to the placement \"{title}\":\n\n{comment}\n\nChange the placement and send it again in Fodfæste.\n\nKind regards\nFodfæste",
  "mail.slotRejected.subject": "A placement is rejected",
  "mail.slotRejected.body": "Hello {name}\n\nThe jobcentre has rejected the placement \"{title}\" with this reason:\n\n{comment}\n\nKind regards\nFodfæste",
  "title.outbox": "Outbox (development)",
  "mail.signedUp.subject": "A new company is awaiting verification",
  "mail.signedUp.body": "Hello {name}\n\n{company} (CVR {cvr}) has signed up in Fodfæste and chosen your jobcentre. Verify or reject the company here:\n\n{link}\n\nKind regards\nFodfæste",
  "mail.verified.subject": "Your company is verified in Fodfæste",
  "mail.verified.body": "Hello {name}\n\nThe jobcentre has verified {company}. You can now send placements for review and see the candidates the jobcentre proposes.\n\nKind regards\nFodfæste",
  "mail.rejected.subject": "Your company was not verified in Fodfæste",
  "mail.rejected.body": "Hello {name}\n\nThe jobcentre did not verify {company}, with this reason:\n\n{reason}\n\nContact the jobcentre if you have questions.\n\nKind regards\nFodfæste",
  "mail.inviteExisting.subject": "You are invited in Fodfæste",
  "mail.inviteExisting.body": "Hello\n\n{inviter} tried to invite you to {organisation} in Fodfæste, but you already have an account. An account belongs to one organisation only. Talk to {inviter} if you need to move, or sign in as usual.\n\nKind regards\nFodfæste",
};
