import { colleagueColumns, type MemberRow } from "~/components/lists/colleague-columns";
import type { Ctx } from "~/domain/actor";
import { assignableRoles } from "~/domain/users/policy";
import { listColleagues } from "~/domain/users/queries.server";
import type { ListDefinition } from "../list.server";

function load(ctx: Ctx) {
  const staff = ctx.actor.jobcentreId != null;
  const rows = listColleagues(ctx).members.map((m) => ({ id: m.id, name: m.name, email: m.email, role: m.role, ...(staff ? { team: m.team } : {}), deactivatedAt: m.deactivatedAt }));
  return { filters: {}, result: { rows, total: rows.length, page: 1, pageSize: Math.max(1, rows.length) } };
}
const columns = (ctx: Ctx) => colleagueColumns({ myId: ctx.actor.userId, roles: assignableRoles(ctx.actor), teams: ctx.actor.jobcentreId != null });

/** The company's people, for HR. */
export const colleaguesList: ListDefinition<MemberRow, object> = {
  name: "colleagues",
  fileKey: "title.colleagues",
  roles: ["company_admin"],
  load,
  columns,
};

/** The jobcentre's staff, for its administrator. */
export const staffList: ListDefinition<MemberRow, object> = {
  name: "staff",
  fileKey: "title.staff",
  roles: ["jobcentre_admin"],
  load,
  columns,
};
