import { BackupError, backupDatabase } from "~/db/backup.server";
import { databasePath } from "~/db/client.server";

// npm run backup -- <file> [--force]: a consistent copy of the live database while the portal runs.
const args = process.argv.slice(2);
const force = args.includes("--force");
const destination = args.find((arg) => !arg.startsWith("--"));
if (!destination) {
  console.error("Brug: npm run backup -- <fil> [--force]");
  process.exit(2);
}

try {
  const check = await backupDatabase(databasePath(), destination, { overwrite: force });
  const total = Object.entries(check.rows)
    .filter(([table]) => table !== "__drizzle_migrations")
    .reduce((sum, [, n]) => sum + n, 0);
  console.log(`Sikkerhedskopi skrevet: ${destination} (skemaversion ${check.schemaVersion}, ${total} rækker, integritet ok)`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
