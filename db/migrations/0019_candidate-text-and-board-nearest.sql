-- The candidates' aliases from a trigram index per jobcentre (decision 059), and the board's
-- nearest first from an index of the jobcentre's slots by status and workplace, and the consents'
-- index by candidate made covering for the list's consent filters (drizzle's, first below).
-- The virtual table and its triggers are hand-written: drizzle has no word for them, and the
-- schema files do not name this table (as the board's `board_text`, 0010, decision 037).
--
-- One row per candidate (rowid = the candidate's id):
--   jobcentre  '#<jobcentre id>#', matched as a phrase so a search reads one jobcentre's rows;
--   alias      the alias.
-- The list asks `jobcentre : "#<id>#" AND alias : "<text>"` for a text of 3+ characters: the
-- trigram tokenizer with case_sensitive 0 matches the phrase as a substring with the case of
-- every letter folded, æøå included (decision 057). The triggers keep the rows in step with
-- every write of the alias or the jobcentre (creation, edit, anonymisation, erasure, a move
-- between jobcentres, deletion). The update trigger rewrites the row whenever either column is
-- set, changed or not, so `update candidates set alias = alias` fills the index (bench:data).
DROP INDEX `consents_candidate_idx`;--> statement-breakpoint
CREATE INDEX `consents_candidate_idx` ON `consents` (`candidate_id`,`replaced_at`,`expires_on`,`withdrawn_at`,`jobcentre_id`);--> statement-breakpoint
CREATE INDEX `slots_jobcentre_status_workplace_idx` ON `slots` (`jobcentre_id`,`status`,`workplace_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `candidate_text` USING fts5(`jobcentre`, `alias`, tokenize = 'trigram case_sensitive 0');
--> statement-breakpoint
CREATE TRIGGER `candidate_text_insert` AFTER INSERT ON `candidates` BEGIN
  INSERT INTO `candidate_text` (rowid, `jobcentre`, `alias`) VALUES (new.`id`, '#' || new.`jobcentre_id` || '#', new.`alias`);
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_text_update` AFTER UPDATE OF `alias`, `jobcentre_id` ON `candidates` BEGIN
  DELETE FROM `candidate_text` WHERE rowid = old.`id`;
  INSERT INTO `candidate_text` (rowid, `jobcentre`, `alias`) VALUES (new.`id`, '#' || new.`jobcentre_id` || '#', new.`alias`);
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_text_delete` AFTER DELETE ON `candidates` BEGIN
  DELETE FROM `candidate_text` WHERE rowid = old.`id`;
END;
--> statement-breakpoint
-- The candidates that exist when the migration runs.
INSERT INTO `candidate_text` (rowid, `jobcentre`, `alias`)
SELECT `id`, '#' || `jobcentre_id` || '#', `alias` FROM `candidates`;
--> statement-breakpoint
-- Its segments merged into one: a look-up reads one b-tree per trigram (0.13 instead of 0.34 ms for
-- a text in 11 aliases of 200,000).
INSERT INTO `candidate_text` (`candidate_text`) VALUES ('optimize');
--> statement-breakpoint
-- The jobcentre's current consents that are not withdrawn, kept in `list_counts` as list
-- 'consents', status '' (decision 059), by the same kind of triggers as 0018's: on insert, delete
-- and every update of `jobcentre_id`, `replaced_at` or `withdrawn_at`. The list's "consent valid"
-- total is this less those of them whose last day is near or past (a short range of
-- `consents_jobcentre_current_idx`), instead of counting the valid ones (16,000 at the big city).
CREATE TRIGGER `list_counts_consents_insert` AFTER INSERT ON `consents`
WHEN new.`jobcentre_id` IS NOT NULL AND new.`replaced_at` IS NULL AND new.`withdrawn_at` IS NULL BEGIN
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) VALUES ('consents', new.`jobcentre_id`, '', 1)
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_consents_delete` AFTER DELETE ON `consents`
WHEN old.`jobcentre_id` IS NOT NULL AND old.`replaced_at` IS NULL AND old.`withdrawn_at` IS NULL BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'consents' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = '';
END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_consents_update` AFTER UPDATE OF `jobcentre_id`, `replaced_at`, `withdrawn_at` ON `consents` BEGIN
  UPDATE `list_counts` SET `n` = `n` - 1 WHERE `list` = 'consents' AND `jobcentre_id` = old.`jobcentre_id` AND `status` = ''
    AND old.`replaced_at` IS NULL AND old.`withdrawn_at` IS NULL;
  INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`) SELECT 'consents', new.`jobcentre_id`, '', 1
  WHERE new.`jobcentre_id` IS NOT NULL AND new.`replaced_at` IS NULL AND new.`withdrawn_at` IS NULL
  ON CONFLICT (`list`, `jobcentre_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
INSERT INTO `list_counts` (`list`, `jobcentre_id`, `status`, `n`)
SELECT 'consents', `jobcentre_id`, '', count(*) FROM `consents`
WHERE `jobcentre_id` IS NOT NULL AND `replaced_at` IS NULL AND `withdrawn_at` IS NULL
GROUP BY `jobcentre_id`;
