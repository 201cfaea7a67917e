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
CREATE INDEX `audit_actor_at_idx` ON `audit_log` (`actor_user_id`,`at`);