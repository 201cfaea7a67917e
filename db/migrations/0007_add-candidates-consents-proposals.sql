CREATE TABLE `candidates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`responsible_user_id` integer NOT NULL,
	`alias` text NOT NULL,
	`age_band` text NOT NULL,
	`postcode` text NOT NULL,
	`target_group` text NOT NULL,
	`languages` text NOT NULL,
	`experience` text,
	`experience_industries` text NOT NULL,
	`strengths` text NOT NULL,
	`wish_industries` text NOT NULL,
	`wish_tasks` text NOT NULL,
	`hours_now` real NOT NULL,
	`goal_hours` real,
	`days` text NOT NULL,
	`transport` text NOT NULL,
	`max_travel_km` integer NOT NULL,
	`support_needs` text NOT NULL,
	`support_text` text,
	`activities` text,
	`mentor_styles` text NOT NULL,
	`mentor_wish` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`jobcentre_id`) REFERENCES `jobcentres`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `candidates_jobcentre_alias_idx` ON `candidates` (`jobcentre_id`,`alias`);--> statement-breakpoint
CREATE INDEX `candidates_jobcentre_updated_idx` ON `candidates` (`jobcentre_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `candidates_jobcentre_responsible_idx` ON `candidates` (`jobcentre_id`,`responsible_user_id`);--> statement-breakpoint
CREATE INDEX `candidates_jobcentre_postcode_idx` ON `candidates` (`jobcentre_id`,`postcode`);--> statement-breakpoint
CREATE TABLE `consent_companies` (
	`consent_id` integer NOT NULL,
	`company_id` integer NOT NULL,
	`withdrawn_at` integer,
	PRIMARY KEY(`consent_id`, `company_id`),
	FOREIGN KEY (`consent_id`) REFERENCES `consents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consent_companies_company_idx` ON `consent_companies` (`company_id`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`given_on` text NOT NULL,
	`expires_on` text NOT NULL,
	`method` text NOT NULL,
	`scope` text NOT NULL,
	`sections` text NOT NULL,
	`recorded_by_user_id` integer NOT NULL,
	`withdrawn_at` integer,
	`replaced_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_candidate_idx` ON `consents` (`candidate_id`,`replaced_at`);--> statement-breakpoint
CREATE INDEX `consents_expires_idx` ON `consents` (`expires_on`);--> statement-breakpoint
CREATE TABLE `mentor_profiles` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`styles` text NOT NULL,
	`edge_experience` integer DEFAULT false NOT NULL,
	`languages` text NOT NULL,
	`line` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`slot_id` integer NOT NULL,
	`company_id` integer NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`motivation` text NOT NULL,
	`fit_lines` text NOT NULL,
	`proposed_by_user_id` integer NOT NULL,
	`proposed_at` integer NOT NULL,
	`meeting_date` text,
	`meeting_time` text,
	`meeting_place` text,
	`meeting_proposed_by` text,
	`meeting_confirmed_at` integer,
	`decline_reason` text,
	`decline_text` text,
	`decline_shareable` integer,
	`withdrawal_reason` text,
	`withdrawal_text` text,
	`answered_at` integer,
	`closed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`slot_id`) REFERENCES `slots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposals_company_status_idx` ON `proposals` (`company_id`,`status`,`proposed_at`);--> statement-breakpoint
CREATE INDEX `proposals_slot_status_idx` ON `proposals` (`slot_id`,`status`);--> statement-breakpoint
CREATE INDEX `proposals_candidate_status_idx` ON `proposals` (`candidate_id`,`status`);--> statement-breakpoint
CREATE INDEX `proposals_jobcentre_status_idx` ON `proposals` (`jobcentre_id`,`status`,`proposed_at`);--> statement-breakpoint
CREATE INDEX `proposals_jobcentre_decline_idx` ON `proposals` (`jobcentre_id`,`decline_reason`,`closed_at`);--> statement-breakpoint
CREATE INDEX `audit_subject_idx` ON `audit_log` (`subject_type`,`subject_id`,`at`);