-- A counter per jobcentre of the changes to its companies and slots that can change the
-- jobcentre start page's work figures (decision 082), kept in `change_counters` as counter
-- 'start_work_changes': the companies to verify and the one that has waited longest (its name and
-- since when: sign-up or a request for a new review), the slots to review and the oldest (its
-- title, its company's name, when it was submitted), the open slots and those without a
-- proposal. Raised on insert, delete and every update of a column those figures read (a command,
-- a job, retention, a script or hand-written SQL), so the figures are kept in memory under the
-- counter and the day instead of being read on every view (the open slots' count alone reads
-- 2,200 index entries at the big city). An update that changes none of them writes nothing (the
-- WHEN); one that moves a row between jobcentres raises both; a company's new name raises the
-- jobcentres of its slots too (the oldest slot to review prints it).
CREATE TRIGGER `start_work_changes_on_companies_insert` AFTER INSERT ON `companies` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'start_work_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `start_work_changes_on_companies_delete` AFTER DELETE ON `companies` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'start_work_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `start_work_changes_on_companies_update` AFTER UPDATE OF `id`, `jobcentre_id`, `status`, `name`, `created_at`, `review_requested_at` ON `companies`
WHEN old.`id` IS NOT new.`id` OR old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`status` IS NOT new.`status` OR old.`name` IS NOT new.`name` OR old.`created_at` IS NOT new.`created_at` OR old.`review_requested_at` IS NOT new.`review_requested_at` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'start_work_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'start_work_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'start_work_changes', `jobcentre_id`, 1 FROM `slots` WHERE `company_id` = new.`id` AND old.`name` IS NOT new.`name` AND `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `start_work_changes_on_slots_insert` AFTER INSERT ON `slots` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'start_work_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `start_work_changes_on_slots_delete` AFTER DELETE ON `slots` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'start_work_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `start_work_changes_on_slots_update` AFTER UPDATE OF `id`, `jobcentre_id`, `status`, `company_id`, `title`, `submitted_at`, `first_proposed_at` ON `slots`
WHEN old.`id` IS NOT new.`id` OR old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`status` IS NOT new.`status` OR old.`company_id` IS NOT new.`company_id` OR old.`title` IS NOT new.`title` OR old.`submitted_at` IS NOT new.`submitted_at` OR old.`first_proposed_at` IS NOT new.`first_proposed_at` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'start_work_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'start_work_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
