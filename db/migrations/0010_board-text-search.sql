-- The board's free text from an index (decision 037). Hand-written: drizzle has no word for a
-- virtual table or a trigger, and the schema files do not name this table.
--
-- One row per OPEN slot (rowid = the slot's id), the only slots the board shows:
--   jobcentre  '#<jobcentre id>#', matched as a phrase so a search reads one jobcentre's rows;
--   body       title, purpose, wishes, accessibility note and the company's name, one per line.
-- The board asks `body LIKE '%q%'`, which FTS5's trigram tokenizer answers from the index for
-- q of 3+ characters, with the same matches as LIKE on the columns themselves (SQLite's LIKE:
-- ASCII letters in any case, æøå as typed). A search text has no line breaks, so a match never
-- spans two fields. The triggers below keep the rows in step with every column the body reads
-- and with the status: a new status word for "open" must change them too.
CREATE VIRTUAL TABLE `board_text` USING fts5(`jobcentre`, `body`, tokenize = 'trigram case_sensitive 0');
--> statement-breakpoint
CREATE TRIGGER `board_text_slot_insert` AFTER INSERT ON `slots` WHEN new.`status` = 'open' BEGIN
  INSERT INTO `board_text` (rowid, `jobcentre`, `body`)
  VALUES (
    new.`id`,
    '#' || new.`jobcentre_id` || '#',
    new.`title` || char(10) || new.`purpose` || char(10) || coalesce(new.`wishes`, '') || char(10) || coalesce(new.`accessibility`, '') || char(10) ||
      coalesce((SELECT `name` FROM `companies` WHERE `id` = new.`company_id`), '')
  );
END;
--> statement-breakpoint
CREATE TRIGGER `board_text_slot_update` AFTER UPDATE OF `status`, `title`, `purpose`, `wishes`, `accessibility`, `jobcentre_id`, `company_id` ON `slots`
WHEN old.`status` = 'open' OR new.`status` = 'open' BEGIN
  DELETE FROM `board_text` WHERE rowid = old.`id`;
  INSERT INTO `board_text` (rowid, `jobcentre`, `body`)
  SELECT
    new.`id`,
    '#' || new.`jobcentre_id` || '#',
    new.`title` || char(10) || new.`purpose` || char(10) || coalesce(new.`wishes`, '') || char(10) || coalesce(new.`accessibility`, '') || char(10) ||
      coalesce((SELECT `name` FROM `companies` WHERE `id` = new.`company_id`), '')
  WHERE new.`status` = 'open';
END;
--> statement-breakpoint
CREATE TRIGGER `board_text_slot_delete` AFTER DELETE ON `slots` WHEN old.`status` = 'open' BEGIN
  DELETE FROM `board_text` WHERE rowid = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `board_text_company_rename` AFTER UPDATE OF `name` ON `companies` WHEN old.`name` IS NOT new.`name` BEGIN
  DELETE FROM `board_text` WHERE rowid IN (SELECT `id` FROM `slots` WHERE `company_id` = new.`id` AND `status` = 'open');
  INSERT INTO `board_text` (rowid, `jobcentre`, `body`)
  SELECT
    s.`id`,
    '#' || s.`jobcentre_id` || '#',
    s.`title` || char(10) || s.`purpose` || char(10) || coalesce(s.`wishes`, '') || char(10) || coalesce(s.`accessibility`, '') || char(10) || new.`name`
  FROM `slots` s
  WHERE s.`company_id` = new.`id` AND s.`status` = 'open';
END;
--> statement-breakpoint
-- The open slots that exist when the migration runs.
INSERT INTO `board_text` (rowid, `jobcentre`, `body`)
SELECT
  s.`id`,
  '#' || s.`jobcentre_id` || '#',
  s.`title` || char(10) || s.`purpose` || char(10) || coalesce(s.`wishes`, '') || char(10) || coalesce(s.`accessibility`, '') || char(10) || c.`name`
FROM `slots` s
JOIN `companies` c ON c.`id` = s.`company_id`
WHERE s.`status` = 'open';
