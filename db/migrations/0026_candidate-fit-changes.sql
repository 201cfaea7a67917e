-- A counter per jobcentre of the changes that can change how its candidates rank for a slot
-- (decision 087), kept in `change_counters` as counter 'candidate_fit_changes': a candidate's
-- name (ties are ordered by it) and every profile field the fit reads; a consent's dates, scope,
-- withdrawal and replacement, and a company named in it or withdrawn from it (consent must cover
-- the slot's company); a placement's status and an accepted proposal (a placed candidate is a hard
-- misfit). Raised on insert, delete and every update of those columns (a command, a job,
-- retention, a script or hand-written SQL), so the order of the candidates without a hard misfit
-- is kept in memory under the counter, the slot's own fit facts and the day instead of being
-- worked out for 20,000 candidates on every view. An update that changes none of them writes
-- nothing (the WHEN); one that moves a row between jobcentres raises both.
CREATE TRIGGER `candidate_fit_changes_on_candidates_insert` AFTER INSERT ON `candidates` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_candidates_delete` AFTER DELETE ON `candidates` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_candidates_update` AFTER UPDATE OF `jobcentre_id`, `alias`, `postcode`, `hours_now`, `goal_hours`, `days`, `support_needs`, `languages`, `wish_industries`, `wish_tasks`, `max_travel_km`, `mentor_styles` ON `candidates`
WHEN old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`alias` IS NOT new.`alias` OR old.`postcode` IS NOT new.`postcode` OR old.`hours_now` IS NOT new.`hours_now` OR old.`goal_hours` IS NOT new.`goal_hours` OR old.`days` IS NOT new.`days` OR old.`support_needs` IS NOT new.`support_needs` OR old.`languages` IS NOT new.`languages` OR old.`wish_industries` IS NOT new.`wish_industries` OR old.`wish_tasks` IS NOT new.`wish_tasks` OR old.`max_travel_km` IS NOT new.`max_travel_km` OR old.`mentor_styles` IS NOT new.`mentor_styles` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_consents_insert` AFTER INSERT ON `consents` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_consents_delete` AFTER DELETE ON `consents` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_consents_update` AFTER UPDATE OF `candidate_id`, `jobcentre_id`, `given_on`, `expires_on`, `scope`, `withdrawn_at`, `replaced_at` ON `consents`
WHEN old.`candidate_id` IS NOT new.`candidate_id` OR old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`given_on` IS NOT new.`given_on` OR old.`expires_on` IS NOT new.`expires_on` OR old.`scope` IS NOT new.`scope` OR old.`withdrawn_at` IS NOT new.`withdrawn_at` OR old.`replaced_at` IS NOT new.`replaced_at` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_consent_companies_insert` AFTER INSERT ON `consent_companies` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', (SELECT `jobcentre_id` FROM `consents` WHERE `id` = new.`consent_id`), 1 WHERE (SELECT `jobcentre_id` FROM `consents` WHERE `id` = new.`consent_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_consent_companies_delete` AFTER DELETE ON `consent_companies` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', (SELECT `jobcentre_id` FROM `consents` WHERE `id` = old.`consent_id`), 1 WHERE (SELECT `jobcentre_id` FROM `consents` WHERE `id` = old.`consent_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_consent_companies_update` AFTER UPDATE OF `consent_id`, `company_id`, `withdrawn_at` ON `consent_companies`
WHEN old.`consent_id` IS NOT new.`consent_id` OR old.`company_id` IS NOT new.`company_id` OR old.`withdrawn_at` IS NOT new.`withdrawn_at` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', (SELECT `jobcentre_id` FROM `consents` WHERE `id` = old.`consent_id`), 1 WHERE (SELECT `jobcentre_id` FROM `consents` WHERE `id` = old.`consent_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', (SELECT `jobcentre_id` FROM `consents` WHERE `id` = new.`consent_id`), 1 WHERE (SELECT `jobcentre_id` FROM `consents` WHERE `id` = new.`consent_id`) IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_placements_insert` AFTER INSERT ON `placements` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_placements_delete` AFTER DELETE ON `placements` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_placements_update` AFTER UPDATE OF `proposal_id`, `candidate_id`, `jobcentre_id`, `status` ON `placements`
WHEN old.`proposal_id` IS NOT new.`proposal_id` OR old.`candidate_id` IS NOT new.`candidate_id` OR old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`status` IS NOT new.`status` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_proposals_insert` AFTER INSERT ON `proposals` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_proposals_delete` AFTER DELETE ON `proposals` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `candidate_fit_changes_on_proposals_update` AFTER UPDATE OF `candidate_id`, `jobcentre_id`, `status` ON `proposals`
WHEN old.`candidate_id` IS NOT new.`candidate_id` OR old.`jobcentre_id` IS NOT new.`jobcentre_id` OR old.`status` IS NOT new.`status` BEGIN
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', old.`jobcentre_id`, 1 WHERE old.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `change_counters` (`counter`, `jobcentre_id`, `n`) SELECT 'candidate_fit_changes', new.`jobcentre_id`, 1 WHERE new.`jobcentre_id` IS NOT NULL
  ON CONFLICT (`counter`, `jobcentre_id`) DO UPDATE SET `n` = `n` + 1;
END;
