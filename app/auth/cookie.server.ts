export const SESSION_COOKIE = "fodfaeste_session";

/** Secure whenever the portal is reached over https (directly or behind a trusted proxy). */
export function isSecureRequest(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    // A malformed value (e.g. "%E0%A4%A") is treated as no cookie at all, never as an error.
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return null;
    }
  }
  return null;
}

export function sessionCookie(request: Request, token: string, expiresAt: Date): string {
  const attrs = [
    `${SESSION_COOKIE}=${token}`,
    "HttpOnly",
    "SameSite=Lax",
    "Path=/",
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (isSecureRequest(request)) attrs.push("Secure");
  return attrs.join("; ");
}

export function clearSessionCookie(request: Request): string {
  const attrs = [`${SESSION_COOKIE}=`, "HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=0"];
  if (isSecureRequest(request)) attrs.push("Secure");
  return attrs.join("; ");
}
