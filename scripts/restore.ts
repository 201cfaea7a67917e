import { BackupError, restoreDatabase } from "~/db/backup.server";
import { databasePath } from "~/db/client.server";

// npm run restore -- <file>: puts a backup in place of DATABASE_PATH. Stop the portal first.
const backup = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!backup) {
  console.error("Brug: npm run restore -- <sikkerhedskopi>   (stop portalen først)");
  process.exit(2);
}

try {
  const { check, keptAs } = restoreDatabase(backup, databasePath());
  console.log(`Gendannet fra ${backup} (skemaversion ${check.schemaVersion}) til ${databasePath()}.`);
  if (keptAs) console.log(`Den tidligere database er gemt som ${keptAs}.`);
  console.log("Start portalen igen; nyere migreringer køres ved start.");
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
