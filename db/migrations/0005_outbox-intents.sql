PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to` text NOT NULL,
	`user_id` integer,
	`locale` text,
	`subject_key` text NOT NULL,
	`body_key` text NOT NULL,
	`vars` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`leased_until` integer,
	`last_error` text,
	`subject` text,
	`text` text,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
-- Mails written before the outbox held intents were already rendered: keep them as delivered to the dev outbox.
INSERT INTO `__new_outbox`("id", "to", "subject_key", "body_key", "vars", "status", "attempts", "next_attempt_at", "subject", "text", "sent_at", "created_at") SELECT "id", "to", '', '', '{}', 'dev', 1, "created_at", "subject", "text", "created_at", "created_at" FROM `outbox`;--> statement-breakpoint
DROP TABLE `outbox`;--> statement-breakpoint
ALTER TABLE `__new_outbox` RENAME TO `outbox`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `outbox_status_next_idx` ON `outbox` (`status`,`next_attempt_at`);