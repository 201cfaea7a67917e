/**
 * Request bodies, malformed forms, cache and transport headers, and the database's
 * durability (issue 8.11, 8.12, 8.14).
 */
import { describe, expect, it } from "vitest";
import { databasePath, openDatabase } from "~/db/client.server";
import { checkRequestBody, FORM_BODY_LIMIT_BYTES, readFormData } from "~/http/body-limit.server";
import { testContext } from "../http";

describe("request bodies (issue 8.11)", () => {
  const form = "application/x-www-form-urlencoded";
  it("refuses a body over 1 MB with 413 before reading it", () => {
    expect(checkRequestBody({ method: "POST", contentType: form, contentLength: String(100 * 1024 * 1024), transferEncoding: undefined })).toMatchObject({ ok: false, status: 413 });
    expect(checkRequestBody({ method: "POST", contentType: form, contentLength: String(FORM_BODY_LIMIT_BYTES + 1), transferEncoding: undefined })).toMatchObject({ ok: false, status: 413 });
    expect(checkRequestBody({ method: "POST", contentType: form, contentLength: "2048", transferEncoding: undefined })).toEqual({ ok: true });
  });
  it("refuses a streamed body of unknown length and a body that is not a form", () => {
    expect(checkRequestBody({ method: "POST", contentType: form, contentLength: undefined, transferEncoding: "chunked" })).toMatchObject({ ok: false, status: 411 });
    expect(checkRequestBody({ method: "POST", contentType: "application/json", contentLength: "20", transferEncoding: undefined })).toMatchObject({ ok: false, status: 400 });
    expect(checkRequestBody({ method: "POST", contentType: "multipart/form-data; boundary=x", contentLength: "20", transferEncoding: undefined })).toMatchObject({ ok: false, status: 400 });
    expect(checkRequestBody({ method: "POST", contentType: "application/x-www-form-urlencoded;charset=UTF-8", contentLength: "20", transferEncoding: undefined })).toEqual({ ok: true });
    expect(checkRequestBody({ method: "GET", contentType: undefined, contentLength: undefined, transferEncoding: undefined })).toEqual({ ok: true });
  });
});

describe("malformed bodies answer 400, never 500 (issue 8.12)", () => {
  it("a broken multipart body to the login form is a 400", async () => {
    const { action } = await import("~/routes/auth/login");
    const request = new Request("http://localhost/login", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=----x" },
      body: "------x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nbroken",
    });
    const thrown = await Promise.resolve(action({ request, params: {}, context: testContext() } as never)).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(400);
  });

  it("a JSON body read as a form is a 400", async () => {
    const request = new Request("http://localhost/x", { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"email":' });
    const thrown = await readFormData(request).catch((e: unknown) => e);
    expect((thrown as Response).status).toBe(400);
  });
});

describe("durability (issue 8.14)", () => {
  it("the database commits with synchronous=FULL", () => {
    const { sqlite } = openDatabase(databasePath());
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(2);
    sqlite.close();
  });
});
