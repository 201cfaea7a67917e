DROP INDEX `placements_jobcentre_status_idx`;--> statement-breakpoint
CREATE INDEX `placements_jobcentre_status_idx` ON `placements` (`jobcentre_id`,`status`,`start_date`,`candidate_id`);--> statement-breakpoint
ALTER TABLE `candidates` ADD `consent_expires_on` text;--> statement-breakpoint
CREATE INDEX `candidates_jobcentre_consent_idx` ON `candidates` (`jobcentre_id`,(case when "consent_expires_on" is null then 1 else 0 end),`consent_expires_on`,`alias`);--> statement-breakpoint
ALTER TABLE `follow_ups` ADD `jobcentre_id` integer;--> statement-breakpoint
ALTER TABLE `follow_ups` ADD `open_on` text;--> statement-breakpoint
CREATE INDEX `follow_ups_jobcentre_open_idx` ON `follow_ups` (`jobcentre_id`,`open_on`);--> statement-breakpoint
CREATE INDEX `follow_ups_jobcentre_status_due_idx` ON `follow_ups` (`jobcentre_id`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `follow_ups_jobcentre_due_idx` ON `follow_ups` (`jobcentre_id`,`due_date`);