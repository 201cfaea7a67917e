CREATE TABLE `dashboard_versions` (
	`jobcentre_id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE `slots` ADD `first_proposed_at` integer;--> statement-breakpoint
CREATE INDEX `slots_jobcentre_status_proposed_opened_idx` ON `slots` (`jobcentre_id`,`status`,`first_proposed_at`,`opened_at`);