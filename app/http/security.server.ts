import crypto from "node:crypto";

export function createNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

/**
 * Content-Security-Policy: scripts only from our origin or carrying this request's nonce
 * (Remix's own inline scripts get it in entry.server); no framing, no plugins.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ];
  return directives.join("; ");
}

export function securityHeaders(nonce: string, dev: boolean): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, dev),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request is refused when the browser says it came from another site:
 * an Origin header that is not the portal's own, or Sec-Fetch-Site "cross-site" when the
 * Origin is missing. Requests with neither (curl, server-to-server) carry no cookies an
 * attacker could borrow and are let through.
 */
export function isCrossOriginWrite(input: {
  method: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  ownOrigin: string;
}): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return false;
  if (input.origin) return input.origin !== input.ownOrigin;
  return input.secFetchSite === "cross-site";
}
