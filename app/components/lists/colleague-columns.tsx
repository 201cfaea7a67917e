import { Form } from "@remix-run/react";
import type { Role } from "~/domain/users/schema";
import type { Column } from "../data-table";

export interface MemberRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  /** The jobcentre's staff only: their team (decision 033). */
  team?: string | null;
  deactivatedAt: Date | string | null;
}

/** Colleagues (company) or staff (jobcentre); the role and activation forms are table-only. */
/**
 * `manage`: the organisation may change roles and (de)activate now (users/policy.ts colleaguePolicy).
 * `teams`: the jobcentre's staff list, with a team column; `assignTeams`: its administrator may
 * change anyone's team, their own too (the names in use are offered from the `team-names` list).
 */
export function colleagueColumns(view: { myId: number; roles: readonly Role[]; manage?: boolean; teams?: boolean; assignTeams?: boolean }): Column<MemberRow>[] {
  const readOnly = (m: MemberRow) => m.id === view.myId || view.manage === false;
  const team: Column<MemberRow>[] = view.teams
    ? [
        {
          key: "team",
          header: "field.team",
          cell: (m, { t }) =>
            view.assignTeams ? (
              <Form method="post" className="role-form">
                <input type="hidden" name="intent" value="team" />
                <input type="hidden" name="userId" value={m.id} />
                <label className="sr-only" htmlFor={`team-${m.id}`}>
                  {t("staff.teamFor", { name: m.name })}
                </label>
                <input id={`team-${m.id}`} name="team" className="form-input input-width-s" list="team-names" defaultValue={m.team ?? ""} maxLength={80} autoComplete="off" />{" "}
                <button type="submit" className="button button-tertiary">
                  {t("staff.saveTeam")}
                  <span className="sr-only">: {m.name}</span>
                </button>
              </Form>
            ) : (
              (m.team ?? t("staff.noTeam"))
            ),
          csv: (m) => m.team ?? "",
        },
      ]
    : [];
  return [
    { key: "name", header: "field.name", cell: (m) => m.name, csv: (m) => m.name },
    { key: "email", header: "field.email", cell: (m) => m.email, csv: (m) => m.email },
    {
      key: "role",
      header: "field.role",
      cell: (m, { t }) =>
        readOnly(m) ? (
          t(`role.${m.role}`)
        ) : (
          <Form method="post" className="role-form">
            <input type="hidden" name="intent" value="role" />
            <input type="hidden" name="userId" value={m.id} />
            <label className="sr-only" htmlFor={`role-${m.id}`}>
              {t("colleagues.roleFor", { name: m.name })}
            </label>
            <select id={`role-${m.id}`} name="role" className="form-select" defaultValue={m.role}>
              {view.roles.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>{" "}
            <button type="submit" className="button button-tertiary">
              {t("colleagues.changeRole")}
              <span className="sr-only">: {m.name}</span>
            </button>
          </Form>
        ),
      csv: (m, { t }) => t(`role.${m.role}`),
    },
    ...team,
    {
      key: "status",
      header: "field.status",
      cell: (m, { t }) => (m.deactivatedAt ? t("colleagues.deactivated") : t("colleagues.active")),
      csv: (m, { t }) => (m.deactivatedAt ? t("colleagues.deactivated") : t("colleagues.active")),
    },
    {
      key: "actions",
      header: "colleagues.actions",
      cell: (m, { t }) =>
        m.id === view.myId ? (
          t("colleagues.you")
        ) : readOnly(m) ? (
          ""
        ) : (
          <Form method="post">
            <input type="hidden" name="intent" value={m.deactivatedAt ? "reactivate" : "deactivate"} />
            <input type="hidden" name="userId" value={m.id} />
            <button type="submit" className="button button-secondary">
              {m.deactivatedAt ? t("colleagues.reactivate") : t("colleagues.deactivate")}
              <span className="sr-only">: {m.name}</span>
            </button>
          </Form>
        ),
    },
  ];
}
