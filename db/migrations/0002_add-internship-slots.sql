CREATE TABLE `representative_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slot_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`revoked_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`slot_id`) REFERENCES `slots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `representative_links_token_hash_unique` ON `representative_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `representative_links_slot_idx` ON `representative_links` (`slot_id`);--> statement-breakpoint
CREATE TABLE `slot_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slot_id` integer NOT NULL,
	`at` integer NOT NULL,
	`event` text NOT NULL,
	`actor_label` text,
	`comment` text,
	FOREIGN KEY (`slot_id`) REFERENCES `slots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `slot_events_slot_idx` ON `slot_events` (`slot_id`,`at`);--> statement-breakpoint
CREATE TABLE `slot_tasks` (
	`slot_id` integer NOT NULL,
	`task_id` integer NOT NULL,
	PRIMARY KEY(`slot_id`, `task_id`),
	FOREIGN KEY (`slot_id`) REFERENCES `slots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `slot_tasks_task_idx` ON `slot_tasks` (`task_id`);--> statement-breakpoint
CREATE TABLE `slots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`company_id` integer NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`workplace_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`title` text NOT NULL,
	`purpose` text NOT NULL,
	`start_date` text NOT NULL,
	`length_weeks` integer NOT NULL,
	`start_hours` real NOT NULL,
	`target_hours` real NOT NULL,
	`steps` text DEFAULT '[]' NOT NULL,
	`working_days` text NOT NULL,
	`day_start` text NOT NULL,
	`day_end` text NOT NULL,
	`mentor_user_id` integer NOT NULL,
	`seats` integer NOT NULL,
	`accessibility` text,
	`wishes` text,
	`rep_name` text,
	`rep_email` text,
	`rep_status` text DEFAULT 'none' NOT NULL,
	`rep_comment` text,
	`review_comment` text,
	`submitted_at` integer,
	`opened_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`workplace_id`) REFERENCES `workplaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `slots_company_status_idx` ON `slots` (`company_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `slots_jobcentre_status_submitted_idx` ON `slots` (`jobcentre_id`,`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `slots_jobcentre_status_start_idx` ON `slots` (`jobcentre_id`,`status`,`start_date`);--> statement-breakpoint
CREATE INDEX `slots_workplace_status_idx` ON `slots` (`workplace_id`,`status`);--> statement-breakpoint
CREATE INDEX `slots_mentor_idx` ON `slots` (`mentor_user_id`,`status`);