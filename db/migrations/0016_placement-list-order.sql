DROP INDEX `placements_jobcentre_status_idx`;--> statement-breakpoint
ALTER TABLE `placements` ADD `responsible_user_id` integer REFERENCES users(id);--> statement-breakpoint
CREATE INDEX `placements_jobcentre_order_idx` ON `placements` (`jobcentre_id`,(case when "status" = 'active' then 1 else 0 end),`start_date`,`id`);--> statement-breakpoint
CREATE INDEX `placements_responsible_idx` ON `placements` (`responsible_user_id`,`jobcentre_id`);--> statement-breakpoint
CREATE INDEX `placements_jobcentre_status_idx` ON `placements` (`jobcentre_id`,`status`,`start_date`,`id`);--> statement-breakpoint
CREATE INDEX `placement_signals_flags_idx` ON `placement_signals` (`jobcentre_id`,`answer_flags`,`open_since`,`last_sent_on`);