ALTER TABLE `users` ADD `team` text;--> statement-breakpoint
CREATE INDEX `users_jobcentre_team_idx` ON `users` (`jobcentre_id`,`team`);--> statement-breakpoint
ALTER TABLE `placements` ADD `monthly_wage_cost_ore` integer;