ALTER TABLE `invitations` ADD `name` text;--> statement-breakpoint
ALTER TABLE `invitations` ADD `revoked_at` integer;