import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { hashPassword } from "~/auth/password.server";
import { createSession } from "~/auth/session.server";
import { actorFor } from "~/auth/current-user.server";
import { getDb } from "~/db/client.server";
import { companies, jobcentres, users, workplaces } from "~/db/schema";
import type { Ctx } from "~/domain/actor";
import type { Role } from "~/domain/users/schema";

export const PASSWORD = "Korrekt-hest-batteri-2026";
let hashed: Promise<string> | undefined;
const passwordHash = () => (hashed ??= hashPassword(PASSWORD));

const unique = () => crypto.randomUUID().slice(0, 8);

/** A valid CVR (modulus 11) that no other test has used. */
export function makeCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const prefix = String(10_000_000 + Math.floor(Math.random() * 89_999_999)).slice(0, 7);
    const sum = [...prefix].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) {
      const db = getDb();
      const cvr = prefix + String(check);
      if (!db.select().from(companies).where(eq(companies.cvr, cvr)).get()) return cvr;
    }
  }
}

export function makeJobcentre(name = `Jobcenter ${unique()}`) {
  return getDb().insert(jobcentres).values({ name, municipality: name }).returning().get();
}

export function makeCompany(jobcentreId: number, opts: { status?: "pending" | "verified" | "rejected"; fte?: number } = {}) {
  const db = getDb();
  const company = db
    .insert(companies)
    .values({ cvr: makeCvr(), name: `Firma ${unique()} ApS`, industry: "retail", jobcentreId, status: opts.status ?? "verified" })
    .returning()
    .get();
  const workplace = db
    .insert(workplaces)
    .values({
      companyId: company.id,
      pNumber: String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999)),
      name: "Hovedafdelingen",
      address: "Testvej 1",
      postcode: "8000",
      city: "Aarhus C",
      ordinaryFte: opts.fte ?? 20,
    })
    .returning()
    .get();
  return { company, workplace };
}

export async function makeUser(role: Role, org: { companyId?: number; jobcentreId?: number }, email?: string) {
  return getDb()
    .insert(users)
    .values({
      email: email ?? `${role}-${unique()}@test.dk`,
      name: `${role} ${unique()}`,
      passwordHash: await passwordHash(),
      role,
      companyId: org.companyId ?? null,
      jobcentreId: org.jobcentreId ?? null,
    })
    .returning()
    .get();
}

export function ctxFor(user: typeof users.$inferSelect, now = new Date()): Ctx {
  const db = getDb();
  return { db, actor: actorFor(db, user), now, ip: "127.0.0.1" };
}

export function sessionCookieFor(userId: number): string {
  const { token } = createSession(getDb(), userId, new Date());
  return `fodfaeste_session=${token}`;
}

/** Two jobcentres with a company each, and one user of every role in both worlds. */
export async function makeWorld() {
  const jc = makeJobcentre();
  const otherJc = makeJobcentre();
  const a = makeCompany(jc.id);
  const b = makeCompany(otherJc.id);
  return {
    jc,
    otherJc,
    companyA: a.company,
    workplaceA: a.workplace,
    companyB: b.company,
    workplaceB: b.workplace,
    hr: await makeUser("company_admin", { companyId: a.company.id }),
    mentor: await makeUser("mentor", { companyId: a.company.id }),
    consultant: await makeUser("consultant", { jobcentreId: jc.id }),
    admin: await makeUser("jobcentre_admin", { jobcentreId: jc.id }),
    hrOther: await makeUser("company_admin", { companyId: b.company.id }),
    consultantOther: await makeUser("consultant", { jobcentreId: otherJc.id }),
    adminOther: await makeUser("jobcentre_admin", { jobcentreId: otherJc.id }),
  };
}
