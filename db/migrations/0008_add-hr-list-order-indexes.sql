CREATE INDEX `tasks_company_updated_idx` ON `tasks` (`company_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `slots_company_updated_idx` ON `slots` (`company_id`,`updated_at`);