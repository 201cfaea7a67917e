CREATE TABLE `company_notes` (
	`company_id` integer PRIMARY KEY NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`note` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by_name` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jobcentre_id`) REFERENCES `jobcentres`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `placement_endings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`kind` text NOT NULL,
	`ended_on` text NOT NULL,
	`reason` text,
	`reason_text` text,
	`outcome` text NOT NULL,
	`outcome_hours` real,
	`status_due_on` text NOT NULL,
	`ended_by_user_id` integer NOT NULL,
	`ended_at` integer NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ended_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_endings_placement_idx` ON `placement_endings` (`placement_id`);--> statement-breakpoint
CREATE INDEX `placement_endings_ended_idx` ON `placement_endings` (`ended_on`);--> statement-breakpoint
CREATE TABLE `placement_milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`kind` text NOT NULL,
	`reached_on` text NOT NULL,
	`congratulated_at` integer NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_milestones_kind_idx` ON `placement_milestones` (`placement_id`,`kind`);--> statement-breakpoint
CREATE TABLE `placement_status_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`on_date` text NOT NULL,
	`category` text NOT NULL,
	`hours` real,
	`recorded_by_user_id` integer NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_status_checks_placement_idx` ON `placement_status_checks` (`placement_id`);--> statement-breakpoint
CREATE TABLE `placement_stories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`kind` text NOT NULL,
	`age_band` text NOT NULL,
	`industry` text NOT NULL,
	`slot_kind` text NOT NULL,
	`title` text NOT NULL,
	`sections` text NOT NULL,
	`consent_on` text,
	`consent_method` text,
	`published_at` integer,
	`written_by_user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`written_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_stories_placement_kind_idx` ON `placement_stories` (`placement_id`,`kind`);--> statement-breakpoint
CREATE INDEX `placement_stories_jobcentre_idx` ON `placement_stories` (`jobcentre_id`,`kind`,`published_at`);--> statement-breakpoint
CREATE INDEX `audit_actor_at_idx` ON `audit_log` (`actor_user_id`,`at`);