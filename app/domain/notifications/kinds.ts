import type { Role } from "../users/schema";

/**
 * The kinds of event the portal tells people about. Each is shown in the portal; whether it
 * also comes by e-mail is the user's choice per kind (default: yes). Security messages
 * (password reset, invitations) are not notifications: they always go by e-mail.
 * `audience` is who can receive the kind, so each person only chooses among their own.
 */
export const NOTIFICATION_KINDS = {
  companySignedUp: { audience: ["consultant", "jobcentre_admin"] },
  companyReviewRequested: { audience: ["consultant", "jobcentre_admin"] },
  slotSubmitted: { audience: ["consultant", "jobcentre_admin"] },
  representativeOverdue: { audience: ["company_admin", "consultant", "jobcentre_admin"] },
  companyDecided: { audience: ["company_admin"] },
  slotReviewed: { audience: ["company_admin"] },
  representativeAnswered: { audience: ["company_admin"] },
  proposalForCompany: { audience: ["company_admin", "mentor"] },
  proposalAnswered: { audience: ["consultant", "jobcentre_admin"] },
  proposalReminder: { audience: ["company_admin", "mentor", "consultant", "jobcentre_admin"] },
  placementForCompany: { audience: ["company_admin", "mentor"] },
  placementForJobcentre: { audience: ["consultant", "jobcentre_admin"] },
} as const satisfies Record<string, { audience: readonly Role[] }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const NOTIFICATION_KIND_LIST = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.prototype.hasOwnProperty.call(NOTIFICATION_KINDS, value);
}

export function kindsFor(role: Role): NotificationKind[] {
  return NOTIFICATION_KIND_LIST.filter((kind) => (NOTIFICATION_KINDS[kind].audience as readonly Role[]).includes(role));
}

/** Page size of the notification list. */
export const NOTIFICATION_PAGE_SIZE = 20;
