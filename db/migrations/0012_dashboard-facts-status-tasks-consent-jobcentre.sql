CREATE TABLE `placement_status_tasks` (
	`placement_id` integer PRIMARY KEY NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`consultant_user_id` integer NOT NULL,
	`due_on` text NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_status_tasks_consultant_idx` ON `placement_status_tasks` (`consultant_user_id`,`due_on`,`placement_id`);--> statement-breakpoint
CREATE TABLE `placement_facts` (
	`placement_id` integer NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`candidate_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`start_hours` real NOT NULL,
	`from_on` text NOT NULL,
	`to_on` text NOT NULL,
	`hours` real NOT NULL,
	`mark_on` text NOT NULL,
	`status` text NOT NULL,
	`ended_on` text,
	`outcome` text,
	`status_due_on` text,
	`status_category` text,
	PRIMARY KEY(`placement_id`, `from_on`),
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_facts_start_idx` ON `placement_facts` (`jobcentre_id`,`start_date`,`from_on`,`to_on`,`candidate_id`,`start_hours`,`hours`,`status`,`mark_on`,`ended_on`);--> statement-breakpoint
CREATE INDEX `placement_facts_ended_idx` ON `placement_facts` (`jobcentre_id`,`ended_on`,`from_on`,`to_on`,`candidate_id`,`status`,`outcome`);--> statement-breakpoint
CREATE INDEX `placement_facts_status_due_idx` ON `placement_facts` (`jobcentre_id`,`status_due_on`,`from_on`,`to_on`,`candidate_id`,`status_category`);--> statement-breakpoint
CREATE TABLE `slot_facts` (
	`slot_id` integer PRIMARY KEY NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`opened_on` text NOT NULL,
	`days_to_proposal` integer,
	`days_to_start` integer,
	FOREIGN KEY (`slot_id`) REFERENCES `slots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `slot_facts_jobcentre_idx` ON `slot_facts` (`jobcentre_id`,`opened_on`,`days_to_proposal`,`days_to_start`);--> statement-breakpoint
DROP INDEX `candidates_jobcentre_responsible_idx`;--> statement-breakpoint
CREATE INDEX `candidates_jobcentre_responsible_idx` ON `candidates` (`jobcentre_id`,`responsible_user_id`,`hours_now`);--> statement-breakpoint
DROP INDEX `consents_candidate_idx`;--> statement-breakpoint
ALTER TABLE `consents` ADD `jobcentre_id` integer REFERENCES jobcentres(id);--> statement-breakpoint
CREATE INDEX `consents_jobcentre_current_idx` ON `consents` (`jobcentre_id`,`replaced_at`,`expires_on`,`withdrawn_at`,`candidate_id`);--> statement-breakpoint
CREATE INDEX `consents_candidate_idx` ON `consents` (`candidate_id`,`replaced_at`,`expires_on`);--> statement-breakpoint
DROP INDEX `proposals_jobcentre_proposed_idx`;--> statement-breakpoint
CREATE INDEX `proposals_jobcentre_closed_idx` ON `proposals` (`jobcentre_id`,`status`,`closed_at`,`decline_reason`,`candidate_id`);--> statement-breakpoint
CREATE INDEX `proposals_jobcentre_proposed_idx` ON `proposals` (`jobcentre_id`,`proposed_at`,`candidate_id`);