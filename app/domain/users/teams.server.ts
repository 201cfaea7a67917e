import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { bumpDashboardVersion } from "../dashboard/versions.server";
import { preparedPerConnection } from "~/db/prepared.server";
import { users } from "~/db/schema";
import type { Ctx } from "../actor";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { recordAudit } from "../shared/audit.server";
import { CONTROL_CHARS_MESSAGE, hasControlChars } from "../shared/fields";
import { tooLong } from "../shared/text-limits";
import { mayAssignTeams } from "./policy";

/**
 * Teams of a jobcentre's staff (decision 033): a team is a name the administrator gives staff
 * members; people with the same name in the same jobcentre are one team. There is no team
 * without members, so there is nothing to create, rename or delete.
 */

export const TEAM_NAME_MAX = 80;

// Its own module (decision 058): the lists read it without the team form's messages.
export { teamMemberIds } from "./team-members.server";

/** A team's name as typed: spaces trimmed and runs of spaces made one; "" is no team. */
export function teamName(raw: string | null): string | null {
  const name = (raw ?? "").replace(/\s+/g, " ").trim();
  if (name === "") return null;
  if (name.length > TEAM_NAME_MAX) throw invalid(tooLong(TEAM_NAME_MAX));
  if (hasControlChars(name)) throw invalid(CONTROL_CHARS_MESSAGE as "error.text.controlChars");
  return name;
}

/** The team names in use in the actor's jobcentre, for the staff page's suggestions and filters. */
export function jobcentreTeams(ctx: Ctx): string[] {
  if (ctx.actor.jobcentreId == null) throw forbidden();
  return teamsOf(ctx.db)
    .all({ jobcentreId: ctx.actor.jobcentreId })
    .map((r) => r.team!);
}

// Built once (decision 053): the candidate and placement lists ask on every view.
const teamsOf = preparedPerConnection((db) =>
  db
    .selectDistinct({ team: users.team })
    .from(users)
    .where(and(eq(users.jobcentreId, sql.placeholder("jobcentreId")), isNotNull(users.team)))
    .orderBy(asc(users.team))
    .prepare(),
);

/** The actor's own team (null: none); a company's people have none. */
export function ownTeam(ctx: Ctx): string | null {
  if (ctx.actor.jobcentreId == null) return null;
  return ownTeamQuery(ctx.db).get({ userId: ctx.actor.userId, jobcentreId: ctx.actor.jobcentreId })?.team ?? null;
}

// Built once per connection (decision 048): every view of the dashboard asks (decision 052).
const ownTeamQuery = preparedPerConnection((db) =>
  db
    .select({ team: users.team })
    .from(users)
    .where(and(eq(users.id, sql.placeholder("userId")), eq(users.jobcentreId, sql.placeholder("jobcentreId"))))
    .prepare(),
);

/**
 * Places a staff member (the administrator too) in a team, or takes them out (null). A name
 * that differs from a team of the jobcentre only in capitals joins that team under its spelling,
 * so "team nord" does not become a second "Team Nord". Audited with the old and the new team.
 */
export function setStaffTeam(ctx: Ctx, input: { userId: number; team: string | null }): void {
  if (!mayAssignTeams(ctx.actor)) throw forbidden();
  const jobcentreId = ctx.actor.jobcentreId!;
  const name = teamName(input.team);
  ctx.db.transaction((tx) => {
    const target = tx
      .select({ id: users.id, email: users.email, team: users.team, version: users.version })
      .from(users)
      .where(and(eq(users.id, input.userId), eq(users.jobcentreId, jobcentreId)))
      .get();
    // Another jobcentre's person (or a company's) is not found here, whatever the id.
    if (!target) throw notFound();
    const team =
      name === null
        ? null
        : (tx
            .select({ team: users.team })
            .from(users)
            .where(and(eq(users.jobcentreId, jobcentreId), sql`lower(${users.team}) = lower(${name})`))
            .limit(1)
            .get()?.team ?? name);
    if (team === target.team) throw conflict("error.team.same");
    tx.update(users)
      .set({ team, version: target.version + 1 })
      .where(eq(users.id, target.id))
      .run();
    // Who is in "my team" on the dashboard (decision 045).
    bumpDashboardVersion(tx, jobcentreId);
    recordAudit(tx, ctx, "user.team_changed", { type: "user", id: target.id }, { from: target.team, to: team, email: target.email });
  });
}
