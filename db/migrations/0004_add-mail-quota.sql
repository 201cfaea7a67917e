CREATE TABLE `mail_quota` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sender` text NOT NULL,
	`recipient` text NOT NULL,
	`kind` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `mail_quota_sender_idx` ON `mail_quota` (`sender`,`at`);--> statement-breakpoint
CREATE INDEX `mail_quota_recipient_idx` ON `mail_quota` (`recipient`,`at`);