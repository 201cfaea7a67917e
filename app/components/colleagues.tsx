import { Form, useSearchParams } from "@remix-run/react";
import type { Role } from "~/domain/users/schema";
import { formatDate } from "~/i18n/translate";
import { useLocale, useT } from "~/i18n/use-t";
import { Alert } from "./alerts";
import { DataTable } from "./data-table";
import { colleagueColumns, type MemberRow } from "./lists/colleague-columns";
import { ErrorSummary, SelectField, SubmitButton, TextField, type FormState } from "./form";

export function ColleaguesPage(props: {
  title: string;
  lead: string;
  members: MemberRow[];
  /** The CSV download of the people list. */
  csvHref: string;
  pending: { id: number; name: string | null; email: string; role: Role; expiresAt: Date | string }[];
  roles: readonly Role[];
  /** Preselected in the invitation form. */
  defaultRole?: Role;
  myId: number;
  /** The jobcentre's staff page: the teams in use, and whether the reader may place people in them (decision 033). */
  teams?: { names: string[]; assign: boolean } | null;
  /** What the organisation may do now (users/policy.ts): a rejected company only reads, a pending one cannot invite. */
  can: { manage: boolean; invite: boolean; revoke: boolean };
  state?: FormState | null;
}) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const invitation = params.get("invitation");
  // One more pending invitation after each one sent gives an empty invitation form (with JavaScript the
  // page is not reloaded). The key is the same on the server and in the browser, so hydration keeps
  // what the user has typed (location.key differed, and the form lost its text when JavaScript loaded).
  const inviteFormKey = `invite-${props.pending.length}`;
  const roleOptions = props.roles.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <div className="stack">
      <h1>{props.title}</h1>
      <p className="font-lead">{props.lead}</p>
      {params.get("invited") ? <Alert kind="success" heading={t("colleagues.invited")} /> : null}
      {params.get("saved") ? <Alert kind="success" heading={t("form.saved")} /> : null}
      {invitation === "resent" || invitation === "revoked" ? <Alert kind="success" heading={t(`colleagues.invitation.${invitation}`)} /> : null}
      <ErrorSummary state={props.state} />
      {props.teams ? <p>{t("staff.teamsLead")}</p> : null}
      {props.teams?.assign ? (
        <datalist id="team-names">
          {props.teams.names.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      ) : null}
      <DataTable
        caption={props.title}
        columns={colleagueColumns({ myId: props.myId, roles: props.roles, manage: props.can.manage, teams: Boolean(props.teams), assignTeams: props.teams?.assign })}
        rowKey={(m) => m.id}
        csvHref={props.csvHref}
        rows={props.members}
        total={props.members.length}
      />
      {props.pending.length > 0 ? (
        <section>
          <h2>{t("colleagues.pendingHeading")}</h2>
          <ul className="stacked-list">
            {props.pending.map((p) => (
              <li key={p.id}>
                <p>
                  <strong>{p.name ?? p.email}</strong>
                  {p.name ? <span className="stacked-list-line">{p.email}</span> : null}
                  <span className="stacked-list-line">
                    {t(`role.${p.role}`)} · {t("colleagues.expires", { date: formatDate(locale, p.expiresAt) })}
                  </span>
                </p>
                <div className="button-row">
                  {props.can.invite ? <InvitationButton intent="resend" invitation={p} /> : null}
                  {props.can.revoke ? <InvitationButton intent="revoke" invitation={p} /> : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h2>{t("colleagues.inviteHeading")}</h2>
        {props.can.invite ? <p>{t("colleagues.inviteLead")}</p> : <p>{t(props.can.manage ? "error.company.notVerifiedContact" : "error.company.readOnly")}</p>}
        {props.can.invite ? (
          <Form method="post" noValidate key={inviteFormKey}>
            <input type="hidden" name="intent" value="invite" />
            <TextField name="name" label={t("field.inviteeName")} state={props.state} autoComplete="off" />
            <TextField name="email" type="email" label={t("field.email")} state={props.state} autoComplete="off" />
            <SelectField name="role" label={t("field.role")} options={roleOptions} state={props.state} defaultValue={props.defaultRole} />
            <div className="button-row">
              <SubmitButton>{t("colleagues.invite")}</SubmitButton>
            </div>
          </Form>
        ) : null}
      </section>
    </div>
  );
}

/** "Send igen" / "Annullér invitation" for one invitation; the hidden text says to whom. */
function InvitationButton({ intent, invitation }: { intent: "resend" | "revoke"; invitation: { id: number; email: string } }) {
  const t = useT();
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="invitationId" value={invitation.id} />
      <button type="submit" className="button button-secondary">
        {t(`colleagues.${intent}`)}
        <span className="sr-only"> {t("colleagues.toWhom", { email: invitation.email })}</span>
      </button>
    </Form>
  );
}
