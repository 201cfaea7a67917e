ALTER TABLE `users` ADD `team` text;--> statement-breakpoint
CREATE INDEX `users_jobcentre_team_idx` ON `users` (`jobcentre_id`,`team`);