/**
 * Adds a jobcentre and its first administrator, for a real deployment (the portal has no
 * self-service for jobcentres). The administrator gets a password-reset e-mail to choose a
 * password; later colleagues are invited from /jobcentre/staff.
 *
 *   npm run jobcentre:create -- --name "Jobcenter Vejle" --municipality Vejle \
 *     --admin-email leder@vejle.dk --admin-name "Lone Leder"
 */
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { hashPassword } from "~/auth/password.server";
import { closeDb, getDb } from "~/db/client.server";
import { jobcentres, users } from "~/db/schema";
import { requestPasswordReset } from "~/domain/auth/commands.server";
import { emailField, personNameField } from "~/domain/users/passwords";
import { ConfigError, resolveMode, resolvePublicOrigin } from "~/http/config.server";

const { values } = parseArgs({
  options: {
    name: { type: "string" },
    municipality: { type: "string" },
    "admin-email": { type: "string" },
    "admin-name": { type: "string" },
  },
});
const name = values.name?.trim();
const municipality = values.municipality?.trim();
const email = emailField.safeParse(values["admin-email"] ?? "");
const adminName = personNameField.safeParse(values["admin-name"] ?? "");
if (!name || !municipality || !email.success || !adminName.success) {
  console.error('Brug: npm run jobcentre:create -- --name "Jobcenter X" --municipality X --admin-email a@x.dk --admin-name "Navn"');
  process.exit(1);
}

// The link in the administrator's e-mail comes from the same configuration as the portal's:
// PUBLIC_ORIGIN is required unless FODFAESTE_MODE says this is not production.
let origin: string;
try {
  origin = resolvePublicOrigin(process.env, resolveMode(process.env));
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const db = getDb();
const now = new Date();
if (db.select({ id: users.id }).from(users).where(eq(users.email, email.data)).get()) {
  console.error(`Der findes allerede en bruger med e-mailen ${email.data}.`);
  process.exit(1);
}
// An unguessable password nobody knows; the administrator sets their own through the reset link.
const passwordHash = await hashPassword(crypto.randomBytes(32).toString("base64"));
const jobcentre = db.transaction((tx) => {
  const jc = tx.select().from(jobcentres).where(eq(jobcentres.name, name)).get() ?? tx.insert(jobcentres).values({ name, municipality, createdAt: now }).returning().get();
  tx.insert(users).values({ email: email.data, name: adminName.data, passwordHash, role: "jobcentre_admin", jobcentreId: jc.id, createdAt: now }).run();
  return jc;
});
requestPasswordReset({ db, now, ip: "cli" }, { email: email.data, link: (token) => `${origin}/reset-password/${token}` });
closeDb();
console.log(`${jobcentre.name} er klar. ${adminName.data} har fået en e-mail om at vælge en adgangskode (gyldig i 1 time).`);
