import type { Db } from "~/db/client.server";
import { migrateDatabase } from "~/db/client.server";
import { backfillDashboardFacts, backfillFirstProposals } from "~/domain/dashboard/facts.server";
import { backfillConsentExpiry, backfillConsentJobcentres } from "~/domain/candidates/consent.server";
import { backfillFollowUpColumns } from "~/domain/placements/schedule.server";
import { backfillPlacementResponsible } from "~/domain/placements/responsible.server";
import { backfillAnswerFlagKinds, backfillPlacementSignals } from "~/domain/placements/signals.server";
import { backfillStatusTasks } from "~/domain/placements/status-tasks.server";
import { syncCatalogue } from "~/domain/tasks/catalogue.server";

/**
 * What a database needs before the portal serves from it: the schema's migrations, then the
 * reference data that lives as files (the relief-task catalogue, db/catalogue/). Run by the
 * server at start, by `npm run migrate` and by the tests' template database — not by the
 * database client, which knows nothing of the domain.
 */
export function bootstrapDatabase(db: Db): void {
  migrateDatabase(db);
  syncCatalogue(db);
  // Active placements from before the attention signals were kept get their row (decision 035).
  backfillPlacementSignals(db);
  // Placements and opened slots from before the dashboard's facts were kept get theirs (decision 039).
  backfillDashboardFacts(db);
  // Slots proposed to before the first proposal's instant was kept on the slot get it (decision 045).
  backfillFirstProposals(db);
  // Ended placements from before the status tasks were kept get theirs (decision 040).
  backfillStatusTasks(db);
  // Consents from before they carried their jobcentre get it (decision 040).
  backfillConsentJobcentres(db);
  // Candidates from before they carried their consent's last day get it (decision 044).
  backfillConsentExpiry(db);
  // Follow-ups from before they carried their jobcentre and open day get both (decision 044).
  backfillFollowUpColumns(db);
  // Attention signals from before they carried the answers' flag kinds get them (decision 049).
  backfillAnswerFlagKinds(db);
  // Placements from before they carried their candidate's responsible consultant get it (decision 049).
  backfillPlacementResponsible(db);
}
