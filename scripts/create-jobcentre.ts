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
import { closeDb, getDb } from "~/db/client.server";
import { DomainError } from "~/domain/errors";
import { createJobcentre } from "~/domain/jobcentres/commands.server";
import { requestPasswordReset } from "~/domain/auth/commands.server";
import { emailField, personNameField } from "~/domain/users/passwords";
import { ConfigError, resolveMode, resolvePublicOrigin } from "~/http/config.server";
import { translate } from "~/i18n/translate";

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
try {
  // An unguessable password nobody knows; the administrator sets their own through the reset link.
  const { jobcentreId } = await createJobcentre(
    { db, now, ip: "cli" },
    { name, municipality, adminEmail: email.data, adminName: adminName.data, password: crypto.randomBytes(32).toString("base64") },
  );
  requestPasswordReset({ db, now, ip: "cli" }, { email: email.data, link: (token) => `${origin}/reset-password/${token}` });
  console.log(`${name} (nr. ${jobcentreId}) er klar. ${adminName.data} har fået en e-mail om at vælge en adgangskode (gyldig i 1 time).`);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(translate("da", error.messageKey));
  process.exitCode = 1;
} finally {
  closeDb();
}
