import { and, eq, type Placeholder } from "drizzle-orm";
import { users } from "~/db/schema";
import type { Ctx } from "../actor";

/*
 * Apart from the team commands (teams.server.ts, decision 058): the placement list reads it,
 * and the build's scan (decision 043) would send the list the team form's messages with it.
 */

/** The ids of a team's members at a jobcentre, as a subquery (the lists' and the dashboard's "my team"). */
export function teamMemberIds(ctx: Pick<Ctx, "db">, jobcentreId: number | Placeholder, team: string | Placeholder) {
  return ctx.db.select({ id: users.id }).from(users).where(and(eq(users.jobcentreId, jobcentreId), eq(users.team, team)));
}
