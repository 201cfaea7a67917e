-- The lists' totals kept per jobcentre and status (decision 055). The table is drizzle's; the
-- triggers and the fill below are hand-written (drizzle has no word for a trigger), as the
-- board's text index (0010, decision 037).
--
-- One row per (list, jobcentre, status): "follow_ups", "proposals", "placements" by the row's
-- status, "candidates" with status ''. Kept on insert, delete and update of jobcentre_id or
-- status; a row without a jobcentre (a follow-up before its column is filled) is not counted.
-- The index on the candidates' hours is drizzle's too (the list sorted by hours, decision 055).
-- A list reads its total here only when its condition is exactly the jobcentre and an optional
-- status; every other filter still counts its own rows.
CREATE TABLE `list_counts` (
	`list` text NOT NULL,
	`jobcentre_id` integer NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`list`, `jobcentre_id`, `status`)
);
--> statement-breakpoint
CREATE INDEX `candidates_jobcentre_hours_idx` ON `candidates` (`jobcentre_id`,"hours_now" desc,`alias`);
--> statement-breakpoint
CREATE TRIGGER `list_counts_follow_ups_insert` AFTER INSERT ON `follow_ups` WHEN new.`jobcentre_id` IS NOT NULL BEGIN
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) VALUES ('follow_ups', new.`jobcentre_id`, new.`status`, 1)
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_follow_ups_delete` AFTER DELETE ON `follow_ups` WHEN old.`jobcentre_id` IS NOT NULL BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'follow_ups' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = old.`status`;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_follow_ups_update` AFTER UPDATE OF `jobcentre_id`, `status` ON `follow_ups` WHEN old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`status` IS NOT new.`status` BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'follow_ups' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = old.`status`;
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) SELECT 'follow_ups', new.`jobcentre_id`, new.`status`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_proposals_insert` AFTER INSERT ON `proposals` WHEN new.`jobcentre_id` IS NOT NULL BEGIN
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) VALUES ('proposals', new.`jobcentre_id`, new.`status`, 1)
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_proposals_delete` AFTER DELETE ON `proposals` WHEN old.`jobcentre_id` IS NOT NULL BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'proposals' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = old.`status`;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_proposals_update` AFTER UPDATE OF `jobcentre_id`, `status` ON `proposals` WHEN old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`status` IS NOT new.`status` BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'proposals' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = old.`status`;
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) SELECT 'proposals', new.`jobcentre_id`, new.`status`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_placements_insert` AFTER INSERT ON `placements` WHEN new.`jobcentre_id` IS NOT NULL BEGIN
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) VALUES ('placements', new.`jobcentre_id`, new.`status`, 1)
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_placements_delete` AFTER DELETE ON `placements` WHEN old.`jobcentre_id` IS NOT NULL BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'placements' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = old.`status`;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_placements_update` AFTER UPDATE OF `jobcentre_id`, `status` ON `placements` WHEN old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`status` IS NOT new.`status` BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'placements' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = old.`status`;
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) SELECT 'placements', new.`jobcentre_id`, new.`status`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_candidates_insert` AFTER INSERT ON `candidates` WHEN new.`jobcentre_id` IS NOT NULL BEGIN
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) VALUES ('candidates', new.`jobcentre_id`, '', 1)
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_candidates_delete` AFTER DELETE ON `candidates` WHEN old.`jobcentre_id` IS NOT NULL BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'candidates' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = '';
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_candidates_update` AFTER UPDATE OF `jobcentre_id` ON `candidates` WHEN old.`jobcentre_id` IS NOT new.`jobcentre_id` BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'candidates' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = '';
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) SELECT 'candidates', new.`jobcentre_id`, '', 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- The rows that exist when the migration runs.
INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`)
SELECT 'follow_ups', `jobcentre_id`, `status`, count(*) FROM `follow_ups` WHERE `jobcentre_id` IS NOT NULL GROUP BY `jobcentre_id`, `status`;
--> statement-breakpoint
INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`)
SELECT 'proposals', `jobcentre_id`, `status`, count(*) FROM `proposals` WHERE `jobcentre_id` IS NOT NULL GROUP BY `jobcentre_id`, `status`;
--> statement-breakpoint
INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`)
SELECT 'placements', `jobcentre_id`, `status`, count(*) FROM `placements` WHERE `jobcentre_id` IS NOT NULL GROUP BY `jobcentre_id`, `status`;
--> statement-breakpoint
INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`)
SELECT 'candidates', `jobcentre_id`, '', count(*) FROM `candidates` WHERE `jobcentre_id` IS NOT NULL GROUP BY `jobcentre_id`, '';
