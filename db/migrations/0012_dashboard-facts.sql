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
DROP INDEX `proposals_jobcentre_proposed_idx`;--> statement-breakpoint
CREATE INDEX `proposals_jobcentre_closed_idx` ON `proposals` (`jobcentre_id`,`status`,`closed_at`,`decline_reason`,`candidate_id`);--> statement-breakpoint
CREATE INDEX `proposals_jobcentre_proposed_idx` ON `proposals` (`jobcentre_id`,`proposed_at`,`candidate_id`);