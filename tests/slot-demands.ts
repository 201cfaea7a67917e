import { sql } from "drizzle-orm";
import type { Db } from "~/db/client.server";

/**
 * Every slot whose kept demand levels (migration 0020, decision 060) differ from a fresh
 * computation over its tasks as they are now: each demand's highest level, 0 when no task states
 * it or the slot has none. Empty when the triggers kept them.
 */
export function slotsWithStaleDemands(db: Db) {
  return db.all<{ id: number }>(sql`
    select s.id, s.max_physical, s.max_social, s.max_language, s.max_pace, s.max_precision, f.*
    from slots s join (
      select s2.id as slot_id,
             coalesce(max(t.physical), 0) as physical, coalesce(max(t.social), 0) as social, coalesce(max(t.language), 0) as language,
             coalesce(max(t.pace), 0) as pace, coalesce(max(t.precision), 0) as precision
      from slots s2 left join slot_tasks st on st.slot_id = s2.id left join tasks t on t.id = st.task_id
      group by s2.id
    ) f on f.slot_id = s.id
    where s.max_physical <> f.physical or s.max_social <> f.social or s.max_language <> f.language
       or s.max_pace <> f.pace or s.max_precision <> f.precision`);
}

/** Every slot whose kept workplace postcode (migration 0020, decision 060) is not its workplace's postcode now. Empty when the triggers kept it. */
export function slotsWithStalePostcode(db: Db) {
  return db.all<{ id: number }>(sql`
    select s.id, s.workplace_postcode, w.postcode from slots s join workplaces w on w.id = s.workplace_id
    where s.workplace_postcode is not w.postcode`);
}
