CREATE TABLE `placement_status_tasks` (
	`placement_id` integer PRIMARY KEY NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`consultant_user_id` integer NOT NULL,
	`due_on` text NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_status_tasks_consultant_idx` ON `placement_status_tasks` (`consultant_user_id`,`due_on`,`placement_id`);--> statement-breakpoint
DROP INDEX `candidates_jobcentre_responsible_idx`;--> statement-breakpoint
CREATE INDEX `candidates_jobcentre_responsible_idx` ON `candidates` (`jobcentre_id`,`responsible_user_id`,`hours_now`);--> statement-breakpoint
DROP INDEX `consents_candidate_idx`;--> statement-breakpoint
ALTER TABLE `consents` ADD `jobcentre_id` integer REFERENCES jobcentres(id);--> statement-breakpoint
CREATE INDEX `consents_jobcentre_current_idx` ON `consents` (`jobcentre_id`,`replaced_at`,`expires_on`,`withdrawn_at`,`candidate_id`);--> statement-breakpoint
CREATE INDEX `consents_candidate_idx` ON `consents` (`candidate_id`,`replaced_at`,`expires_on`);