import { describe, expect, it } from "vitest";
import { newPasswordField } from "./passwords";

describe("new passwords", () => {
  it("need at least 12 characters", () => {
    expect(newPasswordField.safeParse("kort-kode1").error?.issues[0]?.message).toBe("error.password.tooShort");
    expect(newPasswordField.safeParse("Lang nok sætning til mig").success).toBe(true);
  });
  it("refuse common passwords whatever their case", () => {
    expect(newPasswordField.safeParse("Password1234").error?.issues[0]?.message).toBe("error.password.common");
    expect(newPasswordField.safeParse("VELKOMMEN1234").error?.issues[0]?.message).toBe("error.password.common");
  });
});
