import { databasePath, migrateDatabase, openDatabase } from "~/db/client.server";

const { db, sqlite } = openDatabase();
migrateDatabase(db);
sqlite.close();
console.log(`Databasen er opdateret: ${databasePath()}`);
