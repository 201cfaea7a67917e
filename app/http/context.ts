export const MODES = ["production", "development", "demo", "test"] as const;
export type Mode = (typeof MODES)[number];

/** Built by server.ts for every request and handed to loaders and actions. */
export interface RequestContext {
  nonce: string;
  clientIp: string;
  mode: Mode;
  /** The portal's public address (configuration only), for links in e-mails. */
  publicOrigin: string;
  /** How many months candidates' personal data is kept (RETENTION_MONTHS). */
  retentionMonths: number;
  /** Set-Cookie values collected during the request (e.g. a renewed session). */
  setCookies: string[];
}

declare module "@remix-run/node" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends RequestContext {}
}

/** /dev/outbox and demo logins exist only where no real e-mail is at stake. */
export function hasDevTools(mode: Mode): boolean {
  return mode === "development" || mode === "demo" || mode === "test";
}
