/** Every kind of audit row; the admin's filter offers exactly these. */
export const AUDIT_EVENTS = [
  "company.signed_up",
  "company.verified",
  "company.rejected",
  "company.updated",
  "workplace.created",
  "workplace.updated",
  "workplace.closed",
  "auth.login",
  "auth.login_failed",
  "auth.login_throttled",
  "auth.logout",
  "auth.password_changed",
  "auth.password_reset_requested",
  "auth.password_reset",
  "user.invited",
  "user.invitation_accepted",
  "user.role_changed",
  "user.deactivated",
  "user.reactivated",
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];
