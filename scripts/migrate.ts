import { bootstrapDatabase } from "~/bootstrap.server";
import { databasePath, openDatabase } from "~/db/client.server";

const { db, sqlite } = openDatabase();
bootstrapDatabase(db);
sqlite.close();
console.log(`Databasen er opdateret: ${databasePath()}`);
