import http from "node:http";
import { test, expect } from "../fixtures";

test("every response carries the security headers", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();
  expect(headers["x-frame-options"]).toBe("DENY");
});

test("a POST from another origin is refused with 403", async ({ request }) => {
  const response = await request.post("/login", {
    headers: { Origin: "https://evil.example" },
    form: { email: "hr@demo.test", password: "Demo-adgang-2026" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});

test("healthz reports the schema version", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", schemaVersion: expect.any(Number) });
});

test("an unknown page is a 404 page", async ({ page, a11y }) => {
  const response = await page.goto("/findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  await a11y();
});

/**
 * Announces a body of `length` bytes and sends only the headers: the server must answer from the
 * Content-Length alone, before reading anything (writing the 2 MB would race the server closing
 * the connection, EPIPE).
 */
function announceBody(url: string, contentType: string, length: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { "Content-Type": contentType, "Content-Length": length } }, (res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      req.destroy();
    });
    req.on("error", reject);
    req.flushHeaders();
  });
}

test("a body over 1 MB is refused with 413 before it is read; JSON is a 400 (issue 8.11, 8.12)", async ({ request, baseURL }) => {
  expect(await announceBody(`${baseURL}/login`, "application/x-www-form-urlencoded", 2 * 1024 * 1024)).toBe(413);
  const json = await request.post("/login", { headers: { "Content-Type": "application/json" }, data: '{"email":', maxRedirects: 0 });
  expect(json.status()).toBe(400);
  const multipart = await request.post("/login", {
    headers: { "Content-Type": "multipart/form-data; boundary=----x" },
    data: '------x\r\nContent-Disposition: form-data; name="email"\r\n\r\nbroken',
    maxRedirects: 0,
  });
  expect(multipart.status()).toBe(400);
});

test("a malformed session cookie is ignored, and signed-in pages are never cached (issue 8.12, 8.14)", async ({ request, playwright, baseURL }) => {
  const odd = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: "fodfaeste_session=%E0%A4%A" } });
  const response = await odd.get("/company", { maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const data = await odd.get("/company.data", { maxRedirects: 0 });
  expect(data.status()).toBeLessThan(500);
  await odd.dispose();
  const anonymous = await request.get("/login");
  expect(anonymous.headers()["cache-control"] ?? "").not.toContain("no-store");
  // Served over plain http here: no HSTS (a browser would ignore it anyway).
  expect(anonymous.headers()["strict-transport-security"]).toBeUndefined();
});

test("HSTS is sent when the portal is reached over https through the trusted proxy (issue 8.14)", async ({ request }) => {
  const response = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
});
