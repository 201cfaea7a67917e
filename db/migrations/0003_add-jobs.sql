CREATE TABLE `jobs` (
	`name` text PRIMARY KEY NOT NULL,
	`schedule` text NOT NULL,
	`next_run_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`last_started_at` integer,
	`last_finished_at` integer,
	`last_outcome` text,
	`last_result` text,
	`last_error` text,
	`failures` integer DEFAULT 0 NOT NULL,
	`runs` integer DEFAULT 0 NOT NULL
);
