import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "~/db/client.server";
import { catalogueTasks } from "~/db/schema";
import { catalogueFile, type CatalogueEntry } from "./catalogue";

export const CATALOGUE_FOLDER = path.resolve(process.cwd(), "db/catalogue");

export function readCatalogueFiles(folder = CATALOGUE_FOLDER): CatalogueEntry[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => {
      const parsed = catalogueFile.safeParse(JSON.parse(fs.readFileSync(path.join(folder, f), "utf8")));
      if (!parsed.success) throw new Error(`db/catalogue/${f}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/**
 * The national catalogue lives as data in db/catalogue/*.json and is upserted at start, so
 * an edited file takes effect on the next deploy. Rows a jobcentre added are left alone.
 */
export function syncCatalogue(db: Db, entries = readCatalogueFiles()): void {
  db.transaction((tx) => {
    for (const e of entries) {
      const row = {
        key: e.key,
        jobcentreId: null,
        industry: e.industry,
        titleDa: e.title.da,
        titleEn: e.title.en,
        descriptionDa: e.description.da,
        descriptionEn: e.description.en,
        relievedRoleDa: e.relievedRole.da,
        relievedRoleEn: e.relievedRole.en,
        reasonDa: e.reason.da,
        reasonEn: e.reason.en,
        hoursPerWeek: e.hoursPerWeek,
        frequency: e.frequency,
        learningTime: e.learningTime,
        ...e.demands,
        adaptations: e.adaptations,
        stretchedAreas: e.stretchedAreas,
        chores: e.chores,
      };
      tx.insert(catalogueTasks)
        .values(row)
        .onConflictDoUpdate({ target: catalogueTasks.key, set: { ...row, key: sql`excluded.key` } })
        .run();
    }
  });
}
