ALTER TABLE `companies` ADD `review_requested_at` integer;--> statement-breakpoint
ALTER TABLE `companies` ADD `review_request_note` text;