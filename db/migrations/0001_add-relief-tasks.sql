CREATE TABLE `catalogue_tasks` (
	`key` text PRIMARY KEY NOT NULL,
	`jobcentre_id` integer,
	`industry` text NOT NULL,
	`title_da` text NOT NULL,
	`title_en` text NOT NULL,
	`description_da` text NOT NULL,
	`description_en` text NOT NULL,
	`relieved_role_da` text NOT NULL,
	`relieved_role_en` text NOT NULL,
	`reason_da` text NOT NULL,
	`reason_en` text NOT NULL,
	`hours_per_week` real NOT NULL,
	`frequency` text NOT NULL,
	`learning_time` text NOT NULL,
	`physical` integer NOT NULL,
	`social` integer NOT NULL,
	`language` integer NOT NULL,
	`pace` integer NOT NULL,
	`precision` integer NOT NULL,
	`adaptations` text NOT NULL,
	`stretched_areas` text NOT NULL,
	`chores` text NOT NULL,
	FOREIGN KEY (`jobcentre_id`) REFERENCES `jobcentres`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `catalogue_tasks_industry_idx` ON `catalogue_tasks` (`industry`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`company_id` integer NOT NULL,
	`workplace_id` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`department` text,
	`relieved_role` text,
	`hours_freed` real,
	`frequency` text,
	`learning_time` text,
	`physical` integer,
	`social` integer,
	`language` integer,
	`pace` integer,
	`precision` integer,
	`adaptations` text DEFAULT '[]' NOT NULL,
	`catalogue_key` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`workplace_id`) REFERENCES `workplaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_company_status_idx` ON `tasks` (`company_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `tasks_company_workplace_idx` ON `tasks` (`company_id`,`workplace_id`);