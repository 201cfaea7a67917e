-- Two things kept on the slot for the shared board (decision 060). The columns and indexes are
-- drizzle's (first below); the triggers and the fills are hand-written (drizzle has no word for
-- a trigger), as 0010, 0018 and 0019. Nothing in the portal's code writes these columns.
--
-- 1. `workplace_postcode`: the slot's workplace's postcode, so nearest first counts the open slots
--    in the radius per postcode and reads a postcode's slots by id from
--    `slots_jobcentre_status_postcode_idx` instead of reading every open slot's workplace. Kept on
--    insert of a slot, update of its workplace, and update of a workplace's postcode.
--
-- 2. The highest level of each demand over the slot's tasks, so the demand filters ("no task
--    demands more than …") read the slot, or count from `slots_jobcentre_status_demands_idx`,
--    instead of probing every open slot's tasks.
--
--    Each column is coalesce(max(<demand>), 0) over the slot's tasks: 0 when no task states the
--    demand or the slot has no task. "No task above level L" (L ≥ 1) is then max_<demand> <= L.
--    Kept by triggers, not by the commands, so every path that changes which tasks a slot has or
--    what a task demands keeps them (slot creation and edit, draft commands, a task's edit while on
--    a slot, deletion, the seeds, bench:data, direct SQL): a row of slot_tasks inserted, deleted or
--    updated recomputes its slot(s); an update of a task's demands recomputes every slot it is on.
--    A recomputation reads the slot's tasks through the primary key of slot_tasks (a few rows).
ALTER TABLE `slots` ADD `workplace_postcode` text;--> statement-breakpoint
ALTER TABLE `slots` ADD `max_physical` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `slots` ADD `max_social` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `slots` ADD `max_language` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `slots` ADD `max_pace` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `slots` ADD `max_precision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `slots_jobcentre_status_postcode_idx` ON `slots` (`jobcentre_id`,`status`,`workplace_postcode`);--> statement-breakpoint
CREATE INDEX `slots_jobcentre_status_demands_idx` ON `slots` (`jobcentre_id`,`status`,`max_physical`,`max_social`,`max_language`,`max_pace`,`max_precision`);
--> statement-breakpoint
CREATE TRIGGER `slot_postcode_slot_insert` AFTER INSERT ON `slots` BEGIN
  UPDATE `slots` SET `workplace_postcode` = (SELECT `postcode` FROM `workplaces` WHERE `id` = new.`workplace_id`) WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `slot_postcode_slot_update` AFTER UPDATE OF `workplace_id` ON `slots` BEGIN
  UPDATE `slots` SET `workplace_postcode` = (SELECT `postcode` FROM `workplaces` WHERE `id` = new.`workplace_id`) WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `slot_postcode_workplace_update` AFTER UPDATE OF `postcode` ON `workplaces` BEGIN
  UPDATE `slots` SET `workplace_postcode` = new.`postcode` WHERE `workplace_id` = new.`id`;
END;
--> statement-breakpoint
UPDATE `slots` SET `workplace_postcode` = (SELECT `postcode` FROM `workplaces` WHERE `workplaces`.`id` = `slots`.`workplace_id`);
--> statement-breakpoint
CREATE TRIGGER `slot_demands_slot_tasks_insert` AFTER INSERT ON `slot_tasks` BEGIN
  UPDATE `slots` SET (`max_physical`, `max_social`, `max_language`, `max_pace`, `max_precision`) = (
    SELECT coalesce(max(t.`physical`), 0), coalesce(max(t.`social`), 0), coalesce(max(t.`language`), 0), coalesce(max(t.`pace`), 0), coalesce(max(t.`precision`), 0)
    FROM `slot_tasks` st JOIN `tasks` t ON t.`id` = st.`task_id` WHERE st.`slot_id` = `slots`.`id`
  ) WHERE `id` = new.`slot_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `slot_demands_slot_tasks_delete` AFTER DELETE ON `slot_tasks` BEGIN
  UPDATE `slots` SET (`max_physical`, `max_social`, `max_language`, `max_pace`, `max_precision`) = (
    SELECT coalesce(max(t.`physical`), 0), coalesce(max(t.`social`), 0), coalesce(max(t.`language`), 0), coalesce(max(t.`pace`), 0), coalesce(max(t.`precision`), 0)
    FROM `slot_tasks` st JOIN `tasks` t ON t.`id` = st.`task_id` WHERE st.`slot_id` = `slots`.`id`
  ) WHERE `id` = old.`slot_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `slot_demands_slot_tasks_update` AFTER UPDATE OF `slot_id`, `task_id` ON `slot_tasks` BEGIN
  UPDATE `slots` SET (`max_physical`, `max_social`, `max_language`, `max_pace`, `max_precision`) = (
    SELECT coalesce(max(t.`physical`), 0), coalesce(max(t.`social`), 0), coalesce(max(t.`language`), 0), coalesce(max(t.`pace`), 0), coalesce(max(t.`precision`), 0)
    FROM `slot_tasks` st JOIN `tasks` t ON t.`id` = st.`task_id` WHERE st.`slot_id` = `slots`.`id`
  ) WHERE `id` IN (old.`slot_id`, new.`slot_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `slot_demands_tasks_update` AFTER UPDATE OF `id`, `physical`, `social`, `language`, `pace`, `precision` ON `tasks` BEGIN
  UPDATE `slots` SET (`max_physical`, `max_social`, `max_language`, `max_pace`, `max_precision`) = (
    SELECT coalesce(max(t.`physical`), 0), coalesce(max(t.`social`), 0), coalesce(max(t.`language`), 0), coalesce(max(t.`pace`), 0), coalesce(max(t.`precision`), 0)
    FROM `slot_tasks` st JOIN `tasks` t ON t.`id` = st.`task_id` WHERE st.`slot_id` = `slots`.`id`
  ) WHERE `id` IN (SELECT `slot_id` FROM `slot_tasks` WHERE `task_id` IN (old.`id`, new.`id`));
END;
--> statement-breakpoint
UPDATE `slots` SET (`max_physical`, `max_social`, `max_language`, `max_pace`, `max_precision`) = (
  SELECT coalesce(max(t.`physical`), 0), coalesce(max(t.`social`), 0), coalesce(max(t.`language`), 0), coalesce(max(t.`pace`), 0), coalesce(max(t.`precision`), 0)
  FROM `slot_tasks` st JOIN `tasks` t ON t.`id` = st.`task_id` WHERE st.`slot_id` = `slots`.`id`
) WHERE `id` IN (SELECT `slot_id` FROM `slot_tasks`);
