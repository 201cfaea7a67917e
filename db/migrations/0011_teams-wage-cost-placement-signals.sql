CREATE TABLE `placement_signals` (
	`placement_id` integer PRIMARY KEY NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`company_id` integer NOT NULL,
	`mentor_user_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`open_since` text,
	`answer_flags` integer NOT NULL,
	`last_sent_on` text,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_signals_jobcentre_idx` ON `placement_signals` (`jobcentre_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `placement_signals_company_idx` ON `placement_signals` (`company_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `placement_signals_mentor_idx` ON `placement_signals` (`mentor_user_id`,`start_date`);--> statement-breakpoint
ALTER TABLE `users` ADD `team` text;--> statement-breakpoint
CREATE INDEX `users_jobcentre_team_idx` ON `users` (`jobcentre_id`,`team`);--> statement-breakpoint
ALTER TABLE `placements` ADD `monthly_wage_cost_ore` integer;--> statement-breakpoint
CREATE INDEX `proposals_jobcentre_proposed_idx` ON `proposals` (`jobcentre_id`,`proposed_at`);