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
CREATE TABLE `signup_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`email` text NOT NULL,
	`cvr` text NOT NULL,
	`details` text NOT NULL,
	`password_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `signup_requests_token_hash_unique` ON `signup_requests` (`token_hash`);--> statement-breakpoint
CREATE INDEX `signup_requests_email_idx` ON `signup_requests` (`email`);--> statement-breakpoint
CREATE TABLE `placement_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_goals_position_idx` ON `placement_goals` (`placement_id`,`position`);--> statement-breakpoint
CREATE TABLE `placement_tasks` (
	`placement_id` integer NOT NULL,
	`task_id` integer NOT NULL,
	PRIMARY KEY(`placement_id`, `task_id`),
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_tasks_task_idx` ON `placement_tasks` (`task_id`);--> statement-breakpoint
CREATE TABLE `placements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`proposal_id` integer NOT NULL,
	`candidate_id` integer NOT NULL,
	`slot_id` integer NOT NULL,
	`company_id` integer NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`workplace_id` integer NOT NULL,
	`mentor_user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`start_date` text NOT NULL,
	`planned_end_date` text NOT NULL,
	`start_hours` real NOT NULL,
	`target_hours` real NOT NULL,
	`steps` text DEFAULT '[]' NOT NULL,
	`working_days` text NOT NULL,
	`assessment_on` text,
	`started_by_user_id` integer NOT NULL,
	`started_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`slot_id`) REFERENCES `slots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`workplace_id`) REFERENCES `workplaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`started_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placements_proposal_idx` ON `placements` (`proposal_id`);--> statement-breakpoint
CREATE INDEX `placements_company_status_idx` ON `placements` (`company_id`,`status`,`start_date`);--> statement-breakpoint
CREATE INDEX `placements_jobcentre_status_idx` ON `placements` (`jobcentre_id`,`status`,`start_date`);--> statement-breakpoint
CREATE INDEX `placements_mentor_status_idx` ON `placements` (`mentor_user_id`,`status`);--> statement-breakpoint
CREATE INDEX `placements_workplace_status_idx` ON `placements` (`workplace_id`,`status`);--> statement-breakpoint
CREATE INDEX `placements_slot_idx` ON `placements` (`slot_id`);--> statement-breakpoint
CREATE INDEX `placements_candidate_status_idx` ON `placements` (`candidate_id`,`status`);--> statement-breakpoint
CREATE TABLE `consultant_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consultant_notes_placement_idx` ON `consultant_notes` (`placement_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `follow_up_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`follow_up_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`follow_up_id`) REFERENCES `follow_ups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_comments_follow_up_idx` ON `follow_up_comments` (`follow_up_id`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`week` integer NOT NULL,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'due' NOT NULL,
	`days_present` integer,
	`days_planned` integer,
	`hours_worked` real,
	`well_being` integer,
	`task_progress` text DEFAULT '{}' NOT NULL,
	`goal_progress` text DEFAULT '{}' NOT NULL,
	`went_well` text,
	`concerns` text,
	`suggested_hours` real,
	`suggested_days` text,
	`suggestion_text` text,
	`saved_by_user_id` integer,
	`saved_at` integer,
	`submitted_at` integer,
	`reminded_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`saved_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_ups_placement_due_idx` ON `follow_ups` (`placement_id`,`due_date`);--> statement-breakpoint
CREATE INDEX `follow_ups_status_due_idx` ON `follow_ups` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `placement_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`follow_up_id` integer,
	`status` text DEFAULT 'proposed' NOT NULL,
	`hours` real,
	`days` text,
	`task_ids` text,
	`suggestion_text` text,
	`from_date` text,
	`decided_by_user_id` integer,
	`decided_at` integer,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`follow_up_id`) REFERENCES `follow_ups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_adjustments_placement_idx` ON `placement_adjustments` (`placement_id`,`status`,`from_date`);--> statement-breakpoint
ALTER TABLE `companies` ADD `review_requested_at` integer;--> statement-breakpoint
ALTER TABLE `companies` ADD `review_request_note` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `contact_name` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `contact_phone` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `contact_email` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `address` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `postcode` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `city` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `invitations` ADD `name` text;--> statement-breakpoint
ALTER TABLE `invitations` ADD `revoked_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `representative_links` ADD `reminded_at` integer;--> statement-breakpoint
CREATE INDEX `representative_links_reminder_idx` ON `representative_links` (`reminded_at`,`created_at`);--> statement-breakpoint
ALTER TABLE `slots` ADD `purpose_kind` text;--> statement-breakpoint
CREATE INDEX `slots_company_updated_idx` ON `slots` (`company_id`,`updated_at`);--> statement-breakpoint
ALTER TABLE `candidates` ADD `anonymised_at` integer;--> statement-breakpoint
ALTER TABLE `proposals` ADD `reminded_at` integer;--> statement-breakpoint
CREATE INDEX `proposals_status_proposed_at_idx` ON `proposals` (`status`,`proposed_at`);--> statement-breakpoint
CREATE INDEX `tasks_company_updated_idx` ON `tasks` (`company_id`,`updated_at`);