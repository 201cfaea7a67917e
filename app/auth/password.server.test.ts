import { describe, expect, it } from "vitest";
import { hash } from "@node-rs/argon2";
import { PASSWORD_HASH_OPTIONS, passwordHashOptions, verifyPassword } from "./password.server";

describe("password hashing cost (decision 032)", () => {
  it("is OWASP's minimum for argon2id outside Vitest", () => {
    expect(PASSWORD_HASH_OPTIONS).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(passwordHashOptions({})).toBe(PASSWORD_HASH_OPTIONS);
    expect(passwordHashOptions({ NODE_ENV: "production" })).toBe(PASSWORD_HASH_OPTIONS);
    // Even a stray VITEST variable on a production server keeps the full cost.
    expect(passwordHashOptions({ VITEST: "true", NODE_ENV: "production" })).toBe(PASSWORD_HASH_OPTIONS);
  });

  it("is cheaper only under Vitest", () => {
    expect(passwordHashOptions({ VITEST: "true", NODE_ENV: "test" }).memoryCost).toBeLessThan(PASSWORD_HASH_OPTIONS.memoryCost);
  });

  it("verifies a full-cost hash: the cost is read from the hash", async () => {
    const stored = await hash("Korrekt-hest-batteri-2026", PASSWORD_HASH_OPTIONS);
    expect(stored).toContain("$argon2id$v=19$m=19456,t=2,p=1$");
    expect(await verifyPassword(stored, "Korrekt-hest-batteri-2026")).toBe(true);
    expect(await verifyPassword(stored, "forkert")).toBe(false);
  });
});
