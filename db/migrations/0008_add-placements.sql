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
CREATE INDEX `placements_candidate_status_idx` ON `placements` (`candidate_id`,`status`);