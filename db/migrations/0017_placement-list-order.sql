DROP INDEX `placements_jobcentre_status_idx`;--> statement-breakpoint
ALTER TABLE `placements` ADD `responsible_user_id` integer REFERENCES users(id);--> statement-breakpoint
CREATE INDEX `placements_jobcentre_order_idx` ON `placements` (`jobcentre_id`,(case when "status" = 'active' then 1 else 0 end),`start_date`,`id`);--> statement-breakpoint
CREATE INDEX `placements_responsible_idx` ON `placements` (`responsible_user_id`,`jobcentre_id`);--> statement-breakpoint
CREATE INDEX `placements_jobcentre_status_idx` ON `placements` (`jobcentre_id`,`status`,`start_date`,`id`);--> statement-breakpoint
ALTER TABLE `placement_signals` ADD `answer_flag_kinds` text;--> statement-breakpoint
CREATE INDEX `placement_signals_flags_idx` ON `placement_signals` (`jobcentre_id`,`answer_flags`,`open_since`,`last_sent_on`);--> statement-breakpoint
CREATE INDEX `placement_signals_kinds_missing_idx` ON `placement_signals` (`placement_id`) WHERE "placement_signals"."answer_flag_kinds" is null;