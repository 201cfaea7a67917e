import { Form } from "@remix-run/react";
import type { Role } from "~/domain/users/schema";
import type { Column } from "../data-table";

export interface MemberRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  deactivatedAt: Date | string | null;
}

/** Colleagues (company) or staff (jobcentre); the role and activation forms are table-only. */
/** `manage`: the organisation may change roles and (de)activate now (users/policy.ts colleaguePolicy). */
export function colleagueColumns(view: { myId: number; roles: readonly Role[]; manage?: boolean }): Column<MemberRow>[] {
  const readOnly = (m: MemberRow) => m.id === view.myId || view.manage === false;
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
