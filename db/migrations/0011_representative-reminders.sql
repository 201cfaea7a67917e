ALTER TABLE `representative_links` ADD `reminded_at` integer;--> statement-breakpoint
CREATE INDEX `representative_links_reminder_idx` ON `representative_links` (`reminded_at`,`created_at`);