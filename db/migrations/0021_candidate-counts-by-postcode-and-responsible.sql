-- The jobcentre's candidates counted per postcode and per responsible consultant, kept in
-- `list_counts` (decision 070) by the same kind of triggers as 0018's and 0019's:
--   list 'candidates_postcode',    status = the candidate's postcode;
--   list 'candidates_responsible', status = the responsible consultant's id as text.
-- On insert, delete, and every update that changes the jobcentre, the postcode or the responsible
-- consultant (a command, a handover, retention, a script or hand-written SQL), so "near a postcode"
-- alone sums a row per postcode in the radius instead of counting the jobcentre's candidates in
-- them (20,000 at the big city), and "responsible" alone reads one row (5,000 counted).
-- An update that sets the same values writes nothing (the WHEN).
CREATE TRIGGER `list_counts_candidates_postcode_insert` AFTER INSERT ON `candidates` BEGIN
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) VALUES ('candidates_postcode', new.`jobcentre_id`, new.`postcode`, 1)
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_candidates_postcode_delete` AFTER DELETE ON `candidates` BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'candidates_postcode' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = old.`postcode`;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_candidates_postcode_update` AFTER UPDATE OF `jobcentre_id`, `postcode` ON `candidates`
WHEN old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`postcode` IS NOT new.`postcode` BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'candidates_postcode' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = old.`postcode`;
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) VALUES ('candidates_postcode', new.`jobcentre_id`, new.`postcode`, 1)
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_candidates_responsible_insert` AFTER INSERT ON `candidates` BEGIN
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) VALUES ('candidates_responsible', new.`jobcentre_id`, CAST(new.`responsible_user_id` AS TEXT), 1)
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_candidates_responsible_delete` AFTER DELETE ON `candidates` BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'candidates_responsible' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = CAST(old.`responsible_user_id` AS TEXT);
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_candidates_responsible_update` AFTER UPDATE OF `jobcentre_id`, `responsible_user_id` ON `candidates`
WHEN old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`responsible_user_id` IS NOT new.`responsible_user_id` BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'candidates_responsible' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = CAST(old.`responsible_user_id` AS TEXT);
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) VALUES ('candidates_responsible', new.`jobcentre_id`, CAST(new.`responsible_user_id` AS TEXT), 1)
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- The candidates that exist when the migration runs.
INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`)
SELECT 'candidates_postcode', `jobcentre_id`, `postcode`, count(*) FROM `candidates` GROUP BY `jobcentre_id`, `postcode`;
--> statement-breakpoint
INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`)
SELECT 'candidates_responsible', `jobcentre_id`, CAST(`responsible_user_id` AS TEXT), count(*) FROM `candidates` GROUP BY `jobcentre_id`, `responsible_user_id`;
