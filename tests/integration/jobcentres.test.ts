import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { jobcentres, users } from "~/db/schema";
import { login } from "~/domain/auth/commands.server";
import { createJobcentre } from "~/domain/jobcentres/commands.server";
import { expectAudit } from "../factories";

const ctx = () => ({ db: getDb(), now: new Date(), ip: "cli" });
const input = (over: Record<string, string> = {}) => ({
  name: `Jobcenter Vejle ${crypto.randomUUID().slice(0, 6)}`,
  municipality: "Vejle",
  adminEmail: `leder-${crypto.randomUUID().slice(0, 6)}@vejle.dk`,
  adminName: "Lone Leder",
  password: "Korrekt-hest-batteri-2026",
  ...over,
});

describe("creating a jobcentre", () => {
  it("creates the jobcentre and its first administrator, who can log in, and logs it", async () => {
    const i = input();
    const { jobcentreId, adminUserId } = await createJobcentre(ctx(), i);
    const admin = getDb().select().from(users).where(eq(users.id, adminUserId)).get()!;
    expect(admin).toMatchObject({ role: "jobcentre_admin", jobcentreId, companyId: null, email: i.adminEmail });
    expect(await login(ctx(), { email: i.adminEmail, password: i.password })).toMatchObject({ ok: true });
    expectAudit("jobcentre.created", { subjectId: jobcentreId, jobcentreId, companyId: null });
  });

  it("refuses a second jobcentre with the same name, and an administrator e-mail already in use, saving nothing", async () => {
    const first = input();
    await createJobcentre(ctx(), first);
    const count = () => getDb().select().from(jobcentres).all().length;
    const before = count();
    await expect(createJobcentre(ctx(), input({ name: first.name }))).rejects.toMatchObject({ messageKey: "error.jobcentre.exists" });
    await expect(createJobcentre(ctx(), input({ adminEmail: first.adminEmail }))).rejects.toMatchObject({ messageKey: "error.email.taken" });
    expect(count()).toBe(before);
  });

  it("names the field that is wrong", async () => {
    await expect(createJobcentre(ctx(), input({ name: "J" }))).rejects.toMatchObject({ kind: "invalid", field: "name", messageKey: "error.jobcentre.name" });
    await expect(createJobcentre(ctx(), input({ adminEmail: "ikke-en-adresse" }))).rejects.toMatchObject({ field: "adminEmail", messageKey: "error.email.format" });
  });
});
