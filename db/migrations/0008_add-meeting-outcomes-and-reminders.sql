CREATE TABLE `meeting_outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`proposal_id` integer NOT NULL,
	`side` text NOT NULL,
	`social_match` text NOT NULL,
	`signals` text NOT NULL,
	`note` text,
	`recorded_by_user_id` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_outcomes_proposal_side_idx` ON `meeting_outcomes` (`proposal_id`,`side`);--> statement-breakpoint
ALTER TABLE `proposals` ADD `reminded_at` integer;--> statement-breakpoint
CREATE INDEX `proposals_status_proposed_at_idx` ON `proposals` (`status`,`proposed_at`);