-- A counter per jobcentre of the changes to what the ranking of its open slots for a candidate
-- reads (decision 087), kept in `change_counters` as counter 'open_slot_fit_changes': an open
-- slot's title, company, workplace, start, seats, hours, working days and mentor, and a slot that
-- opens or stops being open; its company's name and industry; its workplace's postcode and city;
-- its mentor's profile; its tasks (one added or taken away, a task's demands, adaptations or
-- catalogue entry) and the kinds of task of that catalogue entry. Raised on insert, delete and
-- every update of those columns that touches an open slot (a command, a job, a script or
-- hand-written SQL), so the jobcentre's open slots, read with their tasks and mentor for the fit,
-- are kept in memory under the counter instead of being read on every view (2,200 slots and their
-- tasks at the big city). An update that changes none of them writes nothing (the WHEN); one that
-- moves a slot between jobcentres raises both.
CREATE TRIGGER `open_slot_fit_changes_on_slots_insert` AFTER INSERT ON `slots` WHEN new.`status` = 'open' BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'open_slot_fit_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_slots_delete` AFTER DELETE ON `slots` WHEN old.`status` = 'open' BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'open_slot_fit_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_slots_update` AFTER UPDATE OF `jobcentre_id`, `status`, `title`, `company_id`, `workplace_id`, `start_date`, `seats`, `start_hours`, `target_hours`, `working_days`, `mentor_user_id` ON `slots`
WHEN (old.`status` = 'open' OR new.`status` = 'open') AND (old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`status` IS NOT new.`status` OR old.`title` IS NOT new.`title` OR old.`company_id` IS NOT new.`company_id` OR old.`workplace_id` IS NOT new.`workplace_id` OR old.`start_date` IS NOT new.`start_date` OR old.`seats` IS NOT new.`seats` OR old.`start_hours` IS NOT new.`start_hours` OR old.`target_hours` IS NOT new.`target_hours` OR old.`working_days` IS NOT new.`working_days` OR old.`mentor_user_id` IS NOT new.`mentor_user_id`) BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'open_slot_fit_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL AND old.`status` = 'open'
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'open_slot_fit_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL AND new.`status` = 'open'
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_companies_update` AFTER UPDATE OF `name`, `industry` ON `companies`
WHEN old.`name` IS NOT new.`name` OR old.`industry` IS NOT new.`industry` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `company_id` = new.`id`) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_workplaces_update` AFTER UPDATE OF `postcode`, `city` ON `workplaces`
WHEN old.`postcode` IS NOT new.`postcode` OR old.`city` IS NOT new.`city` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `workplace_id` = new.`id`) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_mentor_profiles_insert` AFTER INSERT ON `mentor_profiles` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `mentor_user_id` = new.`user_id`) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_mentor_profiles_delete` AFTER DELETE ON `mentor_profiles` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `mentor_user_id` = old.`user_id`) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_mentor_profiles_update` AFTER UPDATE OF `user_id`, `styles`, `edge_experience`, `languages` ON `mentor_profiles`
WHEN old.`user_id` IS NOT new.`user_id` OR old.`styles` IS NOT new.`styles` OR old.`edge_experience` IS NOT new.`edge_experience` OR old.`languages` IS NOT new.`languages` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `mentor_user_id` = old.`user_id`) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `mentor_user_id` = new.`user_id`) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_slot_tasks_insert` AFTER INSERT ON `slot_tasks` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `id` = new.`slot_id`) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_slot_tasks_delete` AFTER DELETE ON `slot_tasks` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `id` = old.`slot_id`) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_slot_tasks_update` AFTER UPDATE OF `slot_id`, `task_id` ON `slot_tasks`
WHEN old.`slot_id` IS NOT new.`slot_id` OR old.`task_id` IS NOT new.`task_id` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `id` = old.`slot_id`) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `id` = new.`slot_id`) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_tasks_update` AFTER UPDATE OF `physical`, `social`, `language`, `pace`, `precision`, `adaptations`, `catalogue_key` ON `tasks`
WHEN old.`physical` IS NOT new.`physical` OR old.`social` IS NOT new.`social` OR old.`language` IS NOT new.`language` OR old.`pace` IS NOT new.`pace` OR old.`precision` IS NOT new.`precision` OR old.`adaptations` IS NOT new.`adaptations` OR old.`catalogue_key` IS NOT new.`catalogue_key` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `id` IN (SELECT `slot_id` FROM `slot_tasks` WHERE `task_id` = new.`id`)) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_catalogue_tasks_insert` AFTER INSERT ON `catalogue_tasks` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `id` IN (SELECT st.`slot_id` FROM `slot_tasks` st JOIN `tasks` t ON t.`id` = st.`task_id` WHERE t.`catalogue_key` = new.`key`)) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_catalogue_tasks_delete` AFTER DELETE ON `catalogue_tasks` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `id` IN (SELECT st.`slot_id` FROM `slot_tasks` st JOIN `tasks` t ON t.`id` = st.`task_id` WHERE t.`catalogue_key` = old.`key`)) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `open_slot_fit_changes_on_catalogue_tasks_update` AFTER UPDATE OF `key`, `chores` ON `catalogue_tasks`
WHEN old.`key` IS NOT new.`key` OR old.`chores` IS NOT new.`chores` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `id` IN (SELECT st.`slot_id` FROM `slot_tasks` st JOIN `tasks` t ON t.`id` = st.`task_id` WHERE t.`catalogue_key` = old.`key`)) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT DISTINCT 'open_slot_fit_changes', `jobcentre_id`, 1 FROM (SELECT `jobcentre_id` FROM `slots` WHERE `status` = 'open' AND `id` IN (SELECT st.`slot_id` FROM `slot_tasks` st JOIN `tasks` t ON t.`id` = st.`task_id` WHERE t.`catalogue_key` = new.`key`)) WHERE `jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
