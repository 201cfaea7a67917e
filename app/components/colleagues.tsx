import { Form, useSearchParams } from "@remix-run/react";
import type { Role } from "~/domain/users/schema";
import { formatDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { Alert } from "./alerts";
import { ErrorSummary, SelectField, SubmitButton, TextField, type FormState } from "./form";

interface Member {
  id: number;
  name: string;
  email: string;
  role: Role;
  deactivatedAt: Date | string | null;
}

export function ColleaguesPage(props: {
  title: string;
  lead: string;
  members: Member[];
  pending: { id: number; email: string; role: Role; expiresAt: Date | string }[];
  roles: readonly Role[];
  myId: number;
  state?: FormState | null;
}) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const roleOptions = props.roles.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <div className="stack">
      <h1>{props.title}</h1>
      <p className="font-lead">{props.lead}</p>
      {params.get("invited") ? <Alert kind="success" heading={t("colleagues.invited")} /> : null}
      {params.get("saved") ? <Alert kind="success" heading={t("form.saved")} /> : null}
      <ErrorSummary state={props.state} />
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={props.title}>
        <table className="table table--compact">
          <caption className="sr-only">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t("field.name")}</th>
              <th scope="col">{t("field.email")}</th>
              <th scope="col">{t("field.role")}</th>
              <th scope="col">{t("field.status")}</th>
              <th scope="col">{t("colleagues.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {props.members.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>{m.email}</td>
                <td>
                  {m.id === props.myId ? (
                    t(`role.${m.role}`)
                  ) : (
                    <Form method="post" className="role-form">
                      <input type="hidden" name="intent" value="role" />
                      <input type="hidden" name="userId" value={m.id} />
                      <label className="sr-only" htmlFor={`role-${m.id}`}>
                        {t("colleagues.roleFor", { name: m.name })}
                      </label>
                      <select id={`role-${m.id}`} name="role" className="form-select" defaultValue={m.role}>
                        {roleOptions.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>{" "}
                      <button type="submit" className="button button-tertiary">
                        {t("colleagues.changeRole")}
                        <span className="sr-only">: {m.name}</span>
                      </button>
                    </Form>
                  )}
                </td>
                <td>{m.deactivatedAt ? t("colleagues.deactivated") : t("colleagues.active")}</td>
                <td>
                  {m.id === props.myId ? (
                    t("colleagues.you")
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="intent" value={m.deactivatedAt ? "reactivate" : "deactivate"} />
                      <input type="hidden" name="userId" value={m.id} />
                      <button type="submit" className="button button-secondary">
                        {m.deactivatedAt ? t("colleagues.reactivate") : t("colleagues.deactivate")}
                        <span className="sr-only">: {m.name}</span>
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.pending.length > 0 ? (
        <section>
          <h2>{t("colleagues.pendingHeading")}</h2>
          <ul>
            {props.pending.map((p) => (
              <li key={p.id}>
                {p.email} – {t(`role.${p.role}`)} – {t("colleagues.expires", { date: formatDate(locale, p.expiresAt) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h2>{t("colleagues.inviteHeading")}</h2>
        <p>{t("colleagues.inviteLead")}</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="invite" />
          <TextField name="email" type="email" label={t("field.email")} state={props.state} />
          <SelectField name="role" label={t("field.role")} options={roleOptions} state={props.state} />
          <div className="button-row">
            <SubmitButton>{t("colleagues.invite")}</SubmitButton>
          </div>
        </Form>
      </section>
    </div>
  );
}
