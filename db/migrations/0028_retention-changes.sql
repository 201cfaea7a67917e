-- A counter per jobcentre of the changes to what decides when its candidates' personal data is
-- anonymised (decision 088), kept in `change_counters` as counter 'retention_changes': a
-- candidate's name, responsible consultant, creation and anonymisation; a consent's expiry,
-- withdrawal and replacement; a proposal's and a placement's status; a placement's ending and its
-- day. Raised on insert, delete and every update of those columns (a command, the nightly job, a
-- script or hand-written SQL) for the row's own jobcentre and its candidate's, so the
-- administrator's list of what is anonymised within 30 days is kept in memory under the counter,
-- the day and the retention period instead of being worked out for 20,000 candidates on every
-- view. An update that changes none of them writes nothing (the WHEN).
CREATE TRIGGER `retention_changes_on_candidates_insert` AFTER INSERT ON `candidates` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_candidates_delete` AFTER DELETE ON `candidates` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_candidates_update` AFTER UPDATE OF `jobcentre_id`, `alias`, `responsible_user_id`, `created_at`, `anonymised_at` ON `candidates`
WHEN old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`alias` IS NOT new.`alias` OR old.`responsible_user_id` IS NOT new.`responsible_user_id` OR old.`created_at` IS NOT new.`created_at` OR old.`anonymised_at` IS NOT new.`anonymised_at` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_consents_insert` AFTER INSERT ON `consents` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_consents_delete` AFTER DELETE ON `consents` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_consents_update` AFTER UPDATE OF `candidate_id`, `jobcentre_id`, `expires_on`, `withdrawn_at`, `replaced_at` ON `consents`
WHEN old.`candidate_id` IS NOT new.`candidate_id` OR old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`expires_on` IS NOT new.`expires_on` OR old.`withdrawn_at` IS NOT new.`withdrawn_at` OR old.`replaced_at` IS NOT new.`replaced_at` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_proposals_insert` AFTER INSERT ON `proposals` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_proposals_delete` AFTER DELETE ON `proposals` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_proposals_update` AFTER UPDATE OF `candidate_id`, `jobcentre_id`, `status` ON `proposals`
WHEN old.`candidate_id` IS NOT new.`candidate_id` OR old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`status` IS NOT new.`status` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_placements_insert` AFTER INSERT ON `placements` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_placements_delete` AFTER DELETE ON `placements` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_placements_update` AFTER UPDATE OF `candidate_id`, `jobcentre_id`, `status` ON `placements`
WHEN old.`candidate_id` IS NOT new.`candidate_id` OR old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`status` IS NOT new.`status` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = old.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`), 1 WHERE (SELECT `jobcentre_id` FROM `candidates` WHERE `id` = new.`candidate_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_placement_endings_insert` AFTER INSERT ON `placement_endings` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT c.`jobcentre_id` FROM `placements` p JOIN `candidates` c ON c.`id` = p.`candidate_id` WHERE p.`id` = new.`placement_id`), 1 WHERE (SELECT c.`jobcentre_id` FROM `placements` p JOIN `candidates` c ON c.`id` = p.`candidate_id` WHERE p.`id` = new.`placement_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_placement_endings_delete` AFTER DELETE ON `placement_endings` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT c.`jobcentre_id` FROM `placements` p JOIN `candidates` c ON c.`id` = p.`candidate_id` WHERE p.`id` = old.`placement_id`), 1 WHERE (SELECT c.`jobcentre_id` FROM `placements` p JOIN `candidates` c ON c.`id` = p.`candidate_id` WHERE p.`id` = old.`placement_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_changes_on_placement_endings_update` AFTER UPDATE OF `placement_id`, `ended_on` ON `placement_endings`
WHEN old.`placement_id` IS NOT new.`placement_id` OR old.`ended_on` IS NOT new.`ended_on` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT c.`jobcentre_id` FROM `placements` p JOIN `candidates` c ON c.`id` = p.`candidate_id` WHERE p.`id` = old.`placement_id`), 1 WHERE (SELECT c.`jobcentre_id` FROM `placements` p JOIN `candidates` c ON c.`id` = p.`candidate_id` WHERE p.`id` = old.`placement_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'retention_changes', (SELECT c.`jobcentre_id` FROM `placements` p JOIN `candidates` c ON c.`id` = p.`candidate_id` WHERE p.`id` = new.`placement_id`), 1 WHERE (SELECT c.`jobcentre_id` FROM `placements` p JOIN `candidates` c ON c.`id` = p.`candidate_id` WHERE p.`id` = new.`placement_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
