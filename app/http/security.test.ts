import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossOriginWrite, securityHeaders } from "./security.server";
import { safeRedirect } from "~/http/navigation";

const own = "https://fodfaeste.example";

describe("cross-origin writes", () => {
  it("refuses a POST whose Origin is another site", () => {
    expect(isCrossOriginWrite({ method: "POST", origin: "https://evil.example", secFetchSite: "cross-site", ownOrigin: own })).toBe(true);
  });
  it("allows a POST from the portal itself", () => {
    expect(isCrossOriginWrite({ method: "POST", origin: own, secFetchSite: "same-origin", ownOrigin: own })).toBe(false);
  });
  it("refuses a cross-site POST without an Origin header", () => {
    expect(isCrossOriginWrite({ method: "POST", origin: undefined, secFetchSite: "cross-site", ownOrigin: own })).toBe(true);
  });
  it("never blocks reading", () => {
    expect(isCrossOriginWrite({ method: "GET", origin: "https://evil.example", secFetchSite: "cross-site", ownOrigin: own })).toBe(false);
  });
});

describe("security headers", () => {
  it("allow scripts only from the portal or with this request's nonce, and forbid framing", () => {
    const csp = contentSecurityPolicy("abc", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc'");
    expect(csp).not.toContain("unsafe-inline'; script");
    expect(csp).toContain("frame-ancestors 'none'");
    const headers = securityHeaders("abc", false);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Referrer-Policy"]).toBeTruthy();
  });
});

describe("redirects after login", () => {
  it("follow only local paths", () => {
    expect(safeRedirect("/company/profile", "/")).toBe("/company/profile");
    expect(safeRedirect("//evil.example", "/")).toBe("/");
    expect(safeRedirect("https://evil.example", "/")).toBe("/");
    expect(safeRedirect(null, "/x")).toBe("/x");
  });
});
