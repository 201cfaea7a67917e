ALTER TABLE `jobcentres` ADD `contact_name` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `contact_phone` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `contact_email` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `address` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `postcode` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `city` text;--> statement-breakpoint
ALTER TABLE `jobcentres` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `phone` text;