-- The board's kind, hours and days filters counted from an index (decision 073): the count read
-- every open slot's row at the big city (2,200) to test the kind, the hours and the working days.
-- The page's ids keep `slots_jobcentre_status_start_idx` (they write `+start_hours`).
CREATE INDEX IF NOT EXISTS `slots_jobcentre_status_kind_hours_days_idx` ON `slots` (`jobcentre_id`,`status`,`kind`,`start_hours`,`working_days`);
